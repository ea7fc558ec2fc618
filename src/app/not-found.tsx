import { RouterLink } from '../components/router-link';

export function NotFound() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Go to <RouterLink to="/users">Users</RouterLink>.
      </p>
    </div>
  );
}
