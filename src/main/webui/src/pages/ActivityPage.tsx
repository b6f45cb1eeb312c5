import { Timeline } from '../activity';
import { useViewAs } from '../viewAs';

export function ActivityPage() {
  const viewAs = useViewAs();
  return (
    <>
      <h1>Activity</h1>
      <p className="hint">
        {viewAs.accountId ? 'What happened to this account' : 'What happened on your platform'}: who did what, when, and
        the change. New events appear as they are committed.
      </p>
      <Timeline title="Events" />
    </>
  );
}
