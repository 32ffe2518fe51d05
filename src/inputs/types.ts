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
