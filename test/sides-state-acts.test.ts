// Acts between states told beside earlier ones: an earlier summons of another state's envoy recalled
// by its day, and the day of the statement that announces an act. Our own sentences.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { sameEvent, type Evidence } from '../src/cluster/same-event.js';
import type { MentionRef } from '../src/shared/records.js';
import { mentionOf } from './helpers/mention-ref.js';

const countries = (e: { participants: { role?: string; entity: { country?: string } }[] }, role: string) =>
  [...new Set(e.participants.filter((p) => p.role === role).map((p) => p.entity.country))].sort();

describe('a summons of another state’s envoy recalled in the report', () => {
  const text =
    'استدعت الخارجية المغربية اليوم السفير الهولندي لديها احتجاجا على تصريحات وزير هولندي. ' +
    'وهذه ليست المرة الأولى، ففي 3 مارس الماضي استدعت الخارجية المغربية السفير البلجيكي في الرباط.';
  it('is another act, not folded into the summons the report tells', () => {
    // (A report with no date: its days cannot tell the two apart.)
    const doc = analyzeText(text);
    const told = doc.events.find((e) => e.type === 'ACCUSE' && countries(e, 'target').includes('NLD'));
    expect(countries(told!, 'target')).toEqual(['NLD']);
  });
  it('and an earlier occasion, its day told as past by its number', () => {
    const doc = analyzeText(text);
    const belgian = doc.events.find((e) => e.type === 'ACCUSE' && countries(e, 'target').includes('BEL'));
    expect(belgian?.status).toBe('background');
  });
});

describe('one summons dated by one report to its day and by another to the statement', () => {
  const mention = (text: string, doc: string): MentionRef => mentionOf(text, 'ACCUSE', doc);
  const reading = (sim: number): Evidence => ({ useDates: true, similarity: () => sim });
  it('is one summons a day apart when the later day is the statement’s', () => {
    const act = mention('استدعت الرباط أمس الأحد القائم بالأعمال الجزائري للاحتجاج على تصريحات.', 'a');
    const statement = mention(
      'أفادت الخارجية المغربية، الاثنين، بأنها استدعت القائم بالأعمال الجزائري للاحتجاج على تصريحات.',
      'b',
    );
    expect(statement.event.date.ofStatement).toBe(true);
    expect(sameEvent(act, statement, reading(0.3))).toBe(true);
  });
});
