import { getRouteApi } from '@tanstack/react-router';
import { JobPage } from '../../features/jobs/components/job-page';

const route = getRouteApi('/jobs/$jobId');

/** /jobs/:jobId — a bulk job's page, loaded on demand; a new job id is a new page. */
export function JobRouteComponent() {
  const { jobId } = route.useParams();
  return <JobPage key={jobId} jobId={jobId} />;
}
