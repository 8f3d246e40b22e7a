// One HTTP response as a serialized WARC record, the way a crawler writes it.
import { WARCRecord, WARCSerializer } from 'warcio';

export async function warcRecord(
  url: string,
  body: string | Uint8Array,
  type = 'text/html; charset=utf-8',
): Promise<Buffer> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  async function* payload() {
    yield bytes;
  }
  const record = WARCRecord.create(
    {
      url,
      date: '2023-08-18T18:00:00Z',
      type: 'response',
      warcVersion: 'WARC/1.1',
      httpHeaders: { 'Content-Type': type },
    },
    payload(),
  );
  return Buffer.from(await WARCSerializer.serialize(record));
}
