/** Which surfaces an input belongs to; action.yml files and GitLab specs are checked against this. */
export type ActionName =
  'setup' | 'report' | 'metrics-diff' | 'runner-provision' | 'plots' | 'data-validate';

export type InputType =
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'list' }
  | { kind: 'enum'; options: readonly string[] };

export interface InputDeclaration {
  /** The input's name exactly as users write it in `with:` / `inputs:` (kebab-case). */
  name: string;
  type: InputType;
  /** Default as the user would write it; undefined means "no default" (optional or required). */
  default?: string;
  required?: boolean;
  /** Masked as soon as it is read. */
  secret?: boolean;
  description: string;
  actions: readonly ActionName[];
  /**
   * Surfaces that offer the input: an action.yml (github) and/or a GitLab component's
   * `spec: inputs` (gitlab). Both when omitted; job plumbing such as a GitLab `stage` is gitlab only.
   */
  platforms?: readonly ('github' | 'gitlab')[];
}

/**
 * The declarations an entry reads for action A: every one that names A, except GitLab job
 * plumbing (stage, when, job-image…), which the component's job script reads, never the entry.
 */
export type ReadBy<D extends InputDeclaration, A extends ActionName> = D extends {
  platforms: readonly ['gitlab'];
}
  ? never
  : A extends D['actions'][number]
    ? D
    : never;

/** What one input's declared type parses to, before optionality. */
type ParsedType<T extends InputType> = T extends { kind: 'string' }
  ? string
  : T extends { kind: 'boolean' }
    ? boolean
    : T extends { kind: 'number' }
      ? number
      : T extends { kind: 'list' }
        ? string[]
        : T extends { kind: 'enum'; options: readonly (infer O)[] }
          ? O
          : never;

/**
 * The value src/inputs/parse.ts gives an input: a list is always a list (empty when unset); a
 * required input or one with a non-empty default always has a value; anything else may be unset.
 */
export type InputValueOf<D extends InputDeclaration> = D['type'] extends { kind: 'list' }
  ? string[]
  : D extends { required: true }
    ? ParsedType<D['type']>
    : D extends { default: '' }
      ? ParsedType<D['type']> | undefined
      : D extends { default: string }
        ? ParsedType<D['type']>
        : ParsedType<D['type']> | undefined;

/** One action's inputs keyed by their real names, typed from the `as const` declarations. */
export type InputsFrom<D extends InputDeclaration, A extends ActionName> = {
  readonly [I in ReadBy<D, A> as I['name']]: InputValueOf<I>;
};
