import { getRouteApi } from '@tanstack/react-router';
import { SentEmailsPage } from '../../features/emails/components/sent-emails-page';

const route = getRouteApi('/emails');

export function EmailsRouteComponent() {
  const { id } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <SentEmailsPage selectedId={id} onSelect={(next) => void navigate({ search: { id: next } })} />
  );
}
