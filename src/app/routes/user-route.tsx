import { getRouteApi } from '@tanstack/react-router';
import { EditUserPanel } from '../edit-user-panel';

const route = getRouteApi('/users/$userId');

/** /users/:userId — loaded on demand (the Edit panel and its dialogs are a chunk of their own). */
export function UserRouteComponent() {
  const { userId } = route.useParams();
  const navigate = route.useNavigate();
  return (
    <EditUserPanel
      userId={userId}
      onClose={() => void navigate({ to: '/users', search: (previous) => previous })}
    />
  );
}
