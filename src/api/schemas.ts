// The API's shapes: request validation and the OpenAPI document come from these zod schemas,
// and the web app reads the response types from here (type imports only).
import { z } from '@hono/zod-openapi';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');

export const EntitySchema = z
  .object({
    id: z.string(),
    wikidata: z.string().nullable(),
    type: z.enum(['PERSON', 'ORG', 'LOC', 'GPE']),
    en: z.string(),
    ar: z.string(),
    country: z.string().optional(),
    coordinates: z.tuple([z.number(), z.number()]).optional(),
    sector: z.string().optional(),
  })
  .openapi('Entity');

export const TimeValueSchema = z
  .object({
    value: z
      .string()
      .nullable()
      .openapi({ description: "ISO day, minute, month, year or 'a/b' range; null when unknown" }),
    granularity: z.string(),
    derivation: z.string().openapi({
      description:
        'explicit | relative-to-publication | relative-to-reference | year-inferred | report-day | publication-bound | unresolved',
    }),
    weekday: z.string().optional(),
    month: z.number().optional(),
    day: z.number().optional(),
    partOfDay: z.string().optional(),
    candidateYears: z.array(z.number()).optional(),
    notAfter: z.string().optional().openapi({ description: "The latest day an 'on-or-before' date can be" }),
  })
  .openapi('TimeValue');

export const ReportSchema = z
  .object({
    document: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    title: z.string().nullable(),
    copyOf: z.string().optional(),
  })
  .openapi('Report');

export const EventSummarySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    mode: z.string().nullable(),
    status: z.string(),
    date: TimeValueSchema,
    participants: z.array(EntitySchema),
    sources: z.array(z.string()).openapi({ description: 'entity ids of the sides that act' }),
    targets: z.array(z.string()).openapi({ description: 'entity ids of the sides acted upon' }),
    location: EntitySchema.nullable(),
    outlets: z.array(z.string()),
    reports: z.number().int(),
    independentReports: z.number().int(),
    published: z.string().nullable().openapi({ description: 'earliest publication among the reports' }),
    title: z.string().nullable().openapi({ description: "the first report's headline" }),
    story: z.string().nullable(),
    storyTitle: z.string().nullable(),
    disagreements: z.array(z.string()).openapi({ description: 'fields on which the reports disagree' }),
  })
  .openapi('EventSummary');

export const EventPageSchema = z
  .object({
    events: z.array(EventSummarySchema),
    total: z.number().int(),
    next: z.string().nullable().openapi({ description: 'cursor of the next page, null on the last' }),
  })
  .openapi('EventPage');

export const StanceSchema = z.object({ text: z.string(), span: SpanSchema, kind: z.string() });

export const ClaimSchema = z
  .object({
    document: z.string(),
    span: SpanSchema,
    text: z.string(),
    source: EntitySchema.nullable(),
    sourceText: z.string().nullable(),
    verb: z.string().nullable(),
    type: z.string().nullable(),
    event: z.number().nullable(),
    quotes: z.array(SpanSchema),
    stance: z.array(StanceSchema),
  })
  .openapi('Claim');

const Anchored = z.object({ text: z.string(), span: SpanSchema });
const Casualty = z.object({ value: z.string(), text: z.string(), span: SpanSchema });

export const MentionSchema = z
  .object({
    index: z.number().int(),
    type: z.string(),
    mode: z.string().nullable(),
    status: z.string(),
    date: TimeValueSchema,
    dateText: z.string().nullable().openapi({ description: 'the words the date was read from' }),
    dateSpan: SpanSchema.nullable(),
    triggers: z.array(Anchored),
    participants: z.array(
      z.object({
        entity: EntitySchema,
        role: z.string().nullable(),
        via: z.string(),
        span: SpanSchema,
        text: z.string(),
      }),
    ),
    location: z.object({ entity: EntitySchema, span: SpanSchema, text: z.string() }).nullable(),
    casualties: z.object({ killed: Casualty.optional(), wounded: Casualty.optional() }),
    sentence: SpanSchema,
  })
  .openapi('Mention');

export const FieldSchema = z
  .object({
    name: z.string(),
    agreed: z.boolean(),
    values: z.array(z.object({ value: z.string(), label: z.string(), documents: z.array(z.string()) })),
  })
  .openapi('Field');

export const StoryRefSchema = z
  .object({ id: z.string(), title: z.string(), events: z.number().int() })
  .openapi('StoryRef');

export const EventDetailSchema = z
  .object({
    event: EventSummarySchema.extend({
      confidence: z.number(),
      supportedBy: z.array(z.string()),
      places: z.array(z.object({ entity: EntitySchema, documents: z.array(z.string()) })),
      firstSeen: z.string().nullable(),
    }),
    story: StoryRefSchema.nullable(),
    fields: z.array(FieldSchema),
    reports: z.array(
      ReportSchema.extend({
        mentions: z.array(MentionSchema),
        claims: z.array(ClaimSchema),
        disagrees: z
          .array(z.string())
          .openapi({ description: 'fields on which this report says something another report contradicts' }),
        differs: z
          .array(z.string())
          .openapi({ description: 'of those, the fields where its value is not the one most reports give' }),
      }),
    ),
  })
  .openapi('EventDetail');

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    events: z.number().int(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    outlets: z.array(z.string()),
  })
  .openapi('Story');

export const EntityDetailSchema = z
  .object({
    entity: EntitySchema,
    roles: z.object({
      source: z.number(),
      target: z.number(),
      participant: z.number(),
      location: z.number(),
      place: z.number(),
    }),
    months: z.array(z.object({ month: z.string(), events: z.number() })),
    coActors: z.array(z.object({ entity: EntitySchema, events: z.number() })),
    events: z.array(EventSummarySchema),
    total: z.number().int(),
  })
  .openapi('EntityDetail');

export const AnnotationSchema = z
  .object({
    kind: z.enum(['entity', 'time', 'trigger', 'claim', 'stance', 'quote', 'casualty']),
    span: SpanSchema,
    text: z.string(),
    label: z.string(),
    ref: z.string().nullable().openapi({ description: 'entity id, or event index as "#n"' }),
    detail: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Annotation');

export const DocumentSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    titleSpan: SpanSchema.nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published: TimeValueSchema.nullable(),
    publishedText: z.string().nullable(),
    language: z.string(),
    text: z.string().openapi({ description: 'the original text; every span is an offset into it' }),
    paragraphs: z.array(z.object({ span: SpanSchema, heading: z.boolean() })),
    furniture: z.array(z.object({ span: SpanSchema, kind: z.string(), text: z.string(), why: z.string() })),
    annotations: z.array(AnnotationSchema),
    messages: z.array(
      z.object({ level: z.string(), stage: z.string(), reason: z.string(), span: SpanSchema.optional() }),
    ),
    copies: z.array(
      z.object({
        source: z.string(),
        url: z.string().nullable(),
        outlet: z.string().nullable(),
        similarity: z.number().nullable(),
      }),
    ),
    events: z.array(EventSummarySchema),
  })
  .openapi('Document');

export const DocSummarySchema = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    events: z.number(),
    copies: z.number(),
  })
  .openapi('DocumentSummary');

export const IngestResultSchema = z
  .object({
    result: z.enum(['inserted', 'unchanged', 'republished']),
    document: DocumentSchema.nullable().openapi({
      description: 'the analysis (null when the text republishes a stored one)',
    }),
    events: z.array(EventSummarySchema).openapi({ description: 'the merged events this document joined' }),
  })
  .openapi('IngestResult');

export const SearchResultSchema = z
  .object({
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        snippet: z.string(),
      }),
    ),
    events: z.array(EventSummarySchema),
    entities: z.array(z.object({ entity: EntitySchema, events: z.number() })),
  })
  .openapi('SearchResult');

export const OutletSchema = z
  .object({
    outlet: z.string(),
    documents: z.number(),
    events: z.number(),
    firstReports: z.number().openapi({ description: 'events this outlet reported before any other' }),
    dates: z.object({ compared: z.number(), differs: z.number() }).openapi({
      description: 'events shared with another outlet where both give a date, and how often its date differs',
    }),
    numbers: z.object({ compared: z.number(), differs: z.number() }),
  })
  .openapi('Outlet');

export const PlaceSchema = z
  .object({ entity: EntitySchema, events: z.number(), ids: z.array(z.string()) })
  .openapi('Place');

export const VolumeSchema = z
  .object({
    by: z.enum(['day', 'month']),
    buckets: z.array(z.object({ key: z.string(), events: z.number() })),
    undated: z.number(),
  })
  .openapi('Volume');

export const ErrorSchema = z
  .object({
    error: z.string(),
    field: z.string().optional().openapi({ description: 'the request field that was wrong' }),
    message: z.string(),
  })
  .openapi('Error');

// --- requests -------------------------------------------------------------------------------

export const EventFilterSchema = z.object({
  from: day.optional().openapi({ description: 'event date on or after this day' }),
  to: day.optional().openapi({ description: 'event date on or before this day' }),
  undated: z
    .enum(['include', 'exclude'])
    .optional()
    .openapi({ description: 'with from/to: keep events whose day is unknown (default exclude)' }),
  publishedFrom: day.optional(),
  publishedTo: day.optional(),
  type: z
    .string()
    .regex(/^[A-Za-z_,]{1,200}$/)
    .optional()
    .openapi({ description: 'PLOVER type(s), comma-separated' }),
  actor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'entity id, or part of a name (Arabic or English)' }),
  place: z.string().max(200).optional().openapi({
    description:
      'where it happened or a place discussed: entity id or part of a name; a country also takes the events that happened inside it',
  }),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .openapi({ description: 'ISO 3166 alpha-3: the event happened in this country' }),
  outlet: z.string().max(200).optional(),
  status: z.enum(['asserted', 'planned', 'conditional', 'negated', 'background', 'referenced']).optional(),
  story: z.string().max(100).optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'full-text query over the reports (Arabic-normalized)' }),
});

export const EventListQuerySchema = EventFilterSchema.extend({
  sort: z.enum(['date', 'published', 'reports', 'outlets']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(400).optional(),
});

export const ExportQuerySchema = EventFilterSchema.extend({
  format: z.enum(['csv', 'plover', 'json']).optional(),
});

export const IngestBodySchema = z
  .object({
    text: z.string().min(1).optional().openapi({ description: 'plain text of the article' }),
    html: z.string().min(1).optional().openapi({ description: 'the HTML page' }),
    url: z.string().url().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    title: z.string().max(1000).optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'YYYY-MM-DD or YYYY-MM-DDTHH:MM')
      .optional(),
  })
  .refine((b) => !!b.text !== !!b.html, { message: 'give exactly one of text or html', path: ['text'] })
  .openapi('IngestBody');

export type Entity = z.infer<typeof EntitySchema>;
export type TimeValueJson = z.infer<typeof TimeValueSchema>;
export type EventSummary = z.infer<typeof EventSummarySchema>;
export type EventPage = z.infer<typeof EventPageSchema>;
export type EventDetail = z.infer<typeof EventDetailSchema>;
export type ClaimJson = z.infer<typeof ClaimSchema>;
export type MentionJson = z.infer<typeof MentionSchema>;
export type StoryJson = z.infer<typeof StorySchema>;
export type EntityDetail = z.infer<typeof EntityDetailSchema>;
export type DocumentJson = z.infer<typeof DocumentSchema>;
export type DocSummaryJson = z.infer<typeof DocSummarySchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type IngestResult = z.infer<typeof IngestResultSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type OutletJson = z.infer<typeof OutletSchema>;
export type PlaceJson = z.infer<typeof PlaceSchema>;
export type VolumeJson = z.infer<typeof VolumeSchema>;
export type EventFilter = z.infer<typeof EventFilterSchema>;
export type EventListQuery = z.infer<typeof EventListQuerySchema>;
