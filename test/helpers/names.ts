// Names as the name tests read them: what findEntities finds in a sentence on a given day,
// without anaphora (a pronoun is no name) and without mentions nested inside a longer one.
import { tokenize } from '../../src/arabic/tokenize.js';
import { findEntities } from '../../src/entities/index.js';

export const readNames = (text: string, date: string) =>
  findEntities(text, tokenize(text), { date }).filter((m) => m.via !== 'anaphora' && !m.nested);

/** The mentions scored as names by eval:entities: also no description ("الحكومة"). */
export const scoredNames = (text: string, date: string) =>
  readNames(text, date).filter((m) => !m.descriptive);

/** The scored names of the given types, as the text writes them. */
export const scoredOfType = (text: string, date: string, ...types: string[]) =>
  scoredNames(text, date)
    .filter((m) => types.includes(m.entity.type))
    .map((m) => m.text);
