/** The emulator's in-memory GitHub: repositories and everything they hold. */
import { buildTree, writeBlob, writeCommit } from './git-objects';
import { HttpError, type GitHubState, type RepoState } from './types';

export function createState(): GitHubState {
  let id = 1000;
  // A fixed, strictly increasing clock: ordering by created_at is deterministic.
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const repos = new Map<string, RepoState>();
  return {
    repos,
    nextId: () => ++id,
    now: () => {
      clock += 1000;
      return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    },
    repo(owner: string, name: string): RepoState {
      const repo = repos.get(`${owner}/${name}`.toLowerCase());
      if (!repo) throw new HttpError(404, 'Not Found');
      return repo;
    },
  };
}

export function seedRepo(
  state: GitHubState,
  fullName: string,
  options: { defaultBranch?: string; private?: boolean } = {},
): RepoState {
  const [owner, name] = fullName.split('/');
  if (!owner || !name) throw new Error(`seedRepo: "${fullName}" is not owner/name`);
  const id = state.nextId();
  const repo: RepoState = {
    fullName,
    owner,
    name,
    id,
    nodeId: Buffer.from(`010:Repository${id}`).toString('base64'),
    defaultBranch: options.defaultBranch ?? 'main',
    private: options.private ?? false,
    issues: new Map(),
    comments: [],
    commitComments: [],
    git: { blobs: new Map(), trees: new Map(), commits: new Map(), refs: new Map() },
    checkRuns: [],
    statuses: [],
    runners: [],
    registrationTokens: [],
    workflowRuns: new Map(),
  };
  // One commit on the default branch, as a fresh repository created with a README has.
  const readme = writeBlob(repo.git, Buffer.from(`# ${name}\n`));
  const tree = buildTree(
    repo.git,
    new Map([['README.md', { path: 'README.md', mode: '100644', type: 'blob', sha: readme }]]),
  );
  const when = state.now();
  const person = { name: 'Seed', email: 'seed@example.com', date: when };
  const commit = writeCommit(repo.git, {
    tree,
    parents: [],
    message: 'Initial commit',
    author: person,
    committer: person,
  });
  repo.git.refs.set(`heads/${repo.defaultBranch}`, commit.sha);
  state.repos.set(fullName.toLowerCase(), repo);
  return repo;
}
