/** Shapes shared by the corpus adapters, the seeds loader and the trainer. */
export type DocLabel = 'threat' | 'reporting' | 'benign';
export type SpanLabel = 'threat' | 'quoted_threat' | 'reporting' | 'benign';
export type Split = 'train' | 'dev' | 'test';

export interface GoldSpan {
  start: number;
  end: number;
  label: SpanLabel;
}

export interface LabelledDoc {
  /** Stable id, prefixed with the source name, e.g. "wikinews:2019:123". The split is derived from it. */
  id: string;
  source: string;
  text: string;
  kind: 'post' | 'article';
  label: DocLabel;
  /** Gold spans where the source has them (offsets into `text`). */
  spans?: GoldSpan[];
  split: Split;
  /** Phenomenon or subset name used for per-group reporting, e.g. "chat-threat", "press-release". */
  group?: string;
  /** The source does not say whether a non-threat is reporting or benign (e.g. written rows labelled not_threat). */
  topicUnknown?: boolean;
}

export interface SourceAdapter {
  name: string;
  /** 'train' sources may train the shipped model; 'eval' sources are for evaluation only. */
  use: 'train' | 'eval';
  load(rawDir: string): Promise<LabelledDoc[]>;
}
