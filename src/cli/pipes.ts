let installed = false;

/**
 * A reader that stops reading (`vl2png plot.json | head -c 100`, or a consumer that fails) closes
 * the pipe; the next write to it fails with EPIPE, which Node raises as an unhandled 'error'
 * event: a stack trace and exit 1 from a command that did nothing wrong. Like Unix tools, every
 * writer of the CLI (results on stdout, logs on stderr) stops quietly instead, keeping the exit
 * code it already had.
 */
export function quietOnClosedPipes(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
