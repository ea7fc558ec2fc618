import { getRouteApi } from '@tanstack/react-router';
import { MIGRATION_STATES, type MigrationState } from '../../api/contract/meetings';
import { MeetingMigrationsPage } from '../../features/meetings/components/meeting-migrations-page';

const route = getRouteApi('/meeting-migrations');

const isMigrationState = (value: string | undefined): value is MigrationState =>
  (MIGRATION_STATES as readonly (string | undefined)[]).includes(value);

/** /meeting-migrations — loaded on demand; the State filter is kept in the URL (`?state=`). */
export function MeetingMigrationsRouteComponent() {
  const { state } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <MeetingMigrationsPage
      state={isMigrationState(state) ? state : undefined}
      onStateChange={(next) => void navigate({ search: { state: next }, replace: true })}
    />
  );
}
