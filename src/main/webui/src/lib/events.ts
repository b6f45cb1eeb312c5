// The activity timeline: the events query's pages and the events subscription's deliveries, as one list.

export interface TimelineEvent {
  id: string;
  createdAt: string;
}

/**
 * Both lists newest first → one list newest first, each event once (by id). The subscription may deliver an event
 * the page already holds (a subscriber starts a moment early, docs/events.md) and a catch-up page after a reconnect
 * overlaps what was delivered before the drop. Equal times keep the order of `newer` before `older`.
 */
export function mergeEvents<E extends TimelineEvent>(newer: readonly E[], older: readonly E[]): E[] {
  const seen = new Set<string>();
  const merged: E[] = [];
  for (const event of [...newer, ...older]) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    merged.push(event);
  }
  // Array.prototype.sort is stable: ties stay in the order above.
  return merged.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export interface Change {
  field: string;
  from?: string;
  to?: string;
  value?: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.map(show).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isChange(value: unknown): value is { from?: unknown; to?: unknown } {
  return !!value && typeof value === 'object' && !Array.isArray(value) && ('from' in value || 'to' in value);
}

/**
 * An event's data as lines a person reads: "field: from → to" for each change ({from, to}, also when grouped under
 * one key such as "changes"), "field: value" otherwise.
 */
export function describeChange(data: string): Change[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return data ? [{ field: '', value: data }] : [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [{ field: '', value: show(parsed) }];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([field, value]): Change[] => {
    if (isChange(value)) return [{ field, from: show(value.from), to: show(value.to) }];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > 0 && entries.every(([, inner]) => isChange(inner))) {
        return entries.map(([inner, change]) => {
          const { from, to } = change as { from?: unknown; to?: unknown };
          return { field: inner, from: show(from), to: show(to) };
        });
      }
    }
    return [{ field, value: show(value) }];
  });
}
