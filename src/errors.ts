/**
 * Typed failures. Library code throws these; only the thin CLI bin maps them to
 * exit codes and one line on stderr (never a stack trace).
 */
export const EXIT = {
  /** No error-severity finding (or none breaching the gate). */
  ok: 0,
  /** Findings breach the gate. */
  findings: 1,
  /** Usage, configuration or input/output error. */
  failure: 2,
} as const;

export class JiaoduiError extends Error {
  readonly exitCode: number = EXIT.failure;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong command-line use. */
export class UsageError extends JiaoduiError {}
/** A configuration file that cannot be used. */
export class ConfigError extends JiaoduiError {}
/** A path that cannot be read or written, or input that cannot be decoded. */
export class InputError extends JiaoduiError {}
/** A fix that would change text outside its declared edits. */
export class FixSafetyError extends JiaoduiError {}
