// Exactly once from the browser. Each submission of a money dialog carries one idempotency key, the same on each of
// its retries (a double click, a retry after a network error or a lost answer), so the service moves the money once
// (docs/money.md, "Idempotency"); a new submission (other values, or after the last one succeeded) gets a new key.

/** Key order does not change a submission: JSON with sorted keys. */
function fingerprint(input: unknown): string {
  return JSON.stringify(input, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

export class SubmissionKeys {
  private current: { fingerprint: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key to send with this input: the open submission's when this is its retry, else a new submission's. */
  keyFor(input: unknown): string {
    const print = fingerprint(input);
    if (this.current?.fingerprint !== print) this.current = { fingerprint: print, key: this.newKey() };
    return this.current.key;
  }

  /**
   * The open submission got its answer (the money moved): whatever comes next is a new submission. Refusals do not
   * settle it: the service did not use the key up, and sending the same values again is the same submission.
   */
  settle(): void {
    this.current = null;
  }
}
