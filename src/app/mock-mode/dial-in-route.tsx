export { DialInPage as DialInRouteComponent } from '../../features/dial-in/components/dial-in-page';
