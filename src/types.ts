/**
 * Plain data types shared by the pipeline stages (segment -> tokenize -> features -> model -> spans).
 * All offsets are UTF-16 code units into the original input, `end` exclusive.
 */
export interface Range {
  start: number;
  end: number;
}

export interface TextRange extends Range {
  text: string;
}

/** Scope a token can sit in, innermost wins when several overlap (quote > reported > negated > hypothetical). */
export type ScopeKind = 'quote' | 'reported' | 'negated' | 'hypothetical';

export interface ScopeRange extends Range {
  scope: ScopeKind;
}

export interface Attribution {
  /** The reporting cue: said, warned, told police, according to, threatened to, the message read ... */
  cue: TextRange;
  /** The source phrase when present: "the suspect", "police", "a user named X". */
  source?: TextRange;
}

export interface SentenceSegment extends Range {
  paragraph: number;
  attribution?: Attribution;
  /** A negation cue governs part of the sentence (not, never, nobody, no one deserves ...). */
  negated: boolean;
  /** Condemnation / counter-speech cue (condemn, disgusting, unacceptable, report this, stop saying ...). */
  condemned: boolean;
  /** Hypothetical, fictional or conditional-counterfactual frame (imagine, in the film, what if, lyrics ...). */
  hypothetical: boolean;
}

export interface QuoteSegment extends Range {
  /** Index into `sentences` of the sentence that contains this quote. */
  sentence: number;
  /** 'marked' = inside quotation marks; 'reported' = reported-speech complement after a cue, no marks. */
  kind: 'marked' | 'reported';
  /** Nesting depth, 0 = outermost. */
  depth: number;
  /** False when the closing mark was never found (the quote then ends at the paragraph end). */
  closed: boolean;
  attribution?: Attribution;
  /**
   * A verb of naming's object with its quoted predicate (`called the plan "a disaster"`): an attribution relation
   * only. Its quoted words are a quote of their own, which is the unit scored; this one is neither scored nor a scope.
   */
  named?: boolean;
}

export interface Segmentation {
  paragraphs: Range[];
  sentences: SentenceSegment[];
  /** Quote units, each wholly inside its sentence; offsets exclude the quotation marks themselves. */
  quotes: QuoteSegment[];
  /** Scope ranges over the whole text used to mark tokens (quote, reported, negated, hypothetical). */
  scopes: ScopeRange[];
}

export interface Token extends Range {
  /** Original surface form, === input.slice(start, end). */
  text: string;
  /** Normalised form for features: NFKC, case folded, zero-width removed, leetspeak and homoglyphs folded. */
  norm: string;
}
