import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { hasCommit } from './ensure-revision';

type Waiter = {
  /** What was asked: a revision (is it a commit?) or a blob spec to write to `target`. */
  question: { revision: string } | { spec: string; target: string; fd: number };
  /** A tree or commit came where a blob was asked for: read past it, answer no. */
  notBlob?: boolean;
  settle: (answered: boolean) => void;
  fail: (error: Error) => void;
};

/**
 * One `git cat-file --batch` process answering a run's questions in order: does a revision name
 * a commit (what `git rev-parse --verify --quiet <rev>^{commit}` says), and a blob's bytes
 * written to a file (what `git cat-file blob <spec>` prints). A git process costs a small job's
 * cold start about 10–20 ms (Node's spawn waits for git to start, then git reads the
 * repository), and `cml data diff` asks at least two questions; the process can also be started
 * while the rest of the command still loads (src/cli/commands/data.ts).
 * Hand-written: `git cat-file --batch` is a line protocol that no maintained library speaks with
 * answers streamed to files. Each answer is `<oid> <type> <size>\n<bytes>\n`, or
 * `<name> missing\n` (or `ambiguous`) with no bytes.
 *
 * The session only saves processes, never changes an answer: when its process ends before
 * answering (git missing, not a repository, a path git refuses with a fatal error) the questions
 * it did not answer, and every later one, get a git process of their own as before, with the
 * same results and errors. So do names the line protocol cannot carry (a line break) and questions
 * after `retire()` (the clone was fetched into: this process might not see what came).
 */
export class GitObjectSession {
  private child?: ChildProcess;
  private readonly waiting: Waiter[] = [];
  private pending = Buffer.alloc(0);
  /** Bytes of the current answer still to come (its trailing newline included). */
  private body = 0;
  private retired = false;
  private readonly commits = new Map<string, Promise<boolean>>();

  constructor(readonly cwd: string) {}

  /** Whether `revision` names a commit this clone has (asked once a session, before a fetch). */
  hasCommit(revision: string): Promise<boolean> {
    if (this.retired || !carried(revision)) return hasCommit(revision, this.cwd);
    let answer = this.commits.get(revision);
    if (!answer) {
      answer = new Promise<boolean>((settle, fail) =>
        this.ask({ question: { revision }, settle, fail }),
      );
      // Often asked ahead (src/cli/commands/data.ts): a failure must not go unhandled meanwhile.
      answer.catch(() => undefined);
      this.commits.set(revision, answer);
    }
    return answer;
  }

  /**
   * Writes the blob `spec` names (`<rev>:<path>`, as git takes it) to `target`; false, and no
   * file, when it names no blob (a path missing at that revision, a folder, an unknown revision).
   */
  blobToFile(spec: string, target: string): Promise<boolean> {
    if (this.retired || !carried(spec)) return blobByProcess(this.cwd, spec, target);
    return new Promise((settle, fail) =>
      this.ask({ question: { spec, target, fd: openSync(target, 'w') }, settle, fail }),
    );
  }

  /** Later questions get a process each: the clone is about to change (a fetch). */
  retire(): void {
    this.retired = true;
    this.close();
  }

  /** Ends the process once it has answered what was asked. */
  close(): void {
    this.child?.stdin?.end();
  }

  private ask(waiter: Waiter): void {
    if (this.retired) return aside(this.cwd, waiter);
    this.waiting.push(waiter);
    const q = waiter.question;
    this.start().stdin!.write(`${'revision' in q ? `${q.revision}^{commit}` : q.spec}\n`);
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    // stderr is not read: a failed question is a `missing` answer, a fatal one ends the process.
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.child = child;
    child.stdin!.on('error', () => undefined); // git gone: 'close' or 'error' follows
    child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    child.on('error', () => this.giveUp());
    child.on('close', () => this.giveUp());
    return child;
  }

  private read(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && this.waiting.length) {
      const waiter = this.waiting[0]!;
      const q = waiter.question;
      if (this.body > 0) {
        // The answer's bytes, then its newline: only a blob's bytes go to its file.
        const take = Math.min(this.body, chunk.length - at);
        const bytes = Math.min(take, this.body - 1);
        if ('fd' in q && !waiter.notBlob && bytes > 0) writeAll(q.fd, chunk, at, bytes);
        this.body -= take;
        at += take;
        if (this.body === 0) answer(this.waiting.shift()!, !waiter.notBlob);
        continue;
      }
      const eol = chunk.indexOf(10, at);
      if (eol < 0) {
        this.pending = Buffer.concat([this.pending, chunk.subarray(at)]);
        return;
      }
      const header = Buffer.concat([this.pending, chunk.subarray(at, eol)]).toString('utf8');
      this.pending = Buffer.alloc(0);
      at = eol + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        answer(this.waiting.shift()!, false); // `<name> missing`, `<name> ambiguous`
        continue;
      }
      if ('fd' in q && m[1] !== 'blob') waiter.notBlob = true;
      this.body = Number(m[2]) + 1;
    }
  }

  /** The process ended or never started: what it left unanswered is asked the old way. */
  private giveUp(): void {
    this.retired = true;
    this.body = 0;
    this.pending = Buffer.alloc(0);
    for (const waiter of this.waiting.splice(0)) aside(this.cwd, waiter);
  }
}

/** Whether a name reaches git intact as one line (git drops a carriage return before the newline). */
function carried(name: string): boolean {
  return !/[\r\n]/.test(name);
}

function answer(waiter: Waiter, found: boolean): void {
  const q = waiter.question;
  if ('fd' in q) {
    closeSync(q.fd);
    if (!found) rmSync(q.target, { force: true });
  }
  waiter.settle(found);
}

/** A question the session cannot answer, asked with a git process of its own. */
function aside(cwd: string, waiter: Waiter): void {
  const q = waiter.question;
  if ('fd' in q) closeSync(q.fd);
  const asked = 'fd' in q ? blobByProcess(cwd, q.spec, q.target) : hasCommit(q.revision, cwd);
  asked.then(waiter.settle, waiter.fail);
}

function writeAll(fd: number, chunk: Buffer, offset: number, length: number): void {
  while (length > 0) {
    const n = writeSync(fd, chunk, offset, length);
    offset += n;
    length -= n;
  }
}

/**
 * Writes a blob to `target` with one `git cat-file blob` of its own, straight into the file (no
 * bytes pass through this process); false, and no file, when `spec` names no blob.
 */
export function blobByProcess(cwd: string, spec: string, target: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const fd = openSync(target, 'w');
    const child = spawn('git', ['cat-file', 'blob', spec], {
      cwd,
      stdio: ['ignore', fd, 'ignore'],
    });
    closeSync(fd); // the child holds its own copy
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(true);
      rmSync(target, { force: true });
      resolve(false);
    });
  });
}
