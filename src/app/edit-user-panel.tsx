import {
  Button,
  Divider,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { LabelledValue, ValueList } from '../components/labelled-value';
import { useUser } from '../api/get-user';
import { AudioConferencingSection } from '../features/audio-conferencing/components/audio-conferencing-section';
import { LoadError } from '../components/load-error';
import {
  UserActivitySection,
  UserMeetingsSection,
} from '../features/meetings/components/user-meetings-section';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  divider: { flexGrow: 0 },
  account: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The Edit panel of one user, composed of the features' sections (a dialog named after the user). */
export function EditUserPanel({ userId, onClose }: { userId: string; onClose: () => void }) {
  const styles = useStyles();
  const user = useUser(userId);

  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Close"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {user.data?.displayName ?? (user.isError ? 'User' : 'Loading user…')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {user.isPending ? <Spinner label="Loading user…" /> : null}
        <LoadError query={user} title="Couldn't load this user" />
        {user.data ? (
          <>
            <section className={styles.account} aria-label="Account">
              <ValueList>
                <LabelledValue label="Email">{user.data.email ?? 'No mailbox'}</LabelledValue>
                <LabelledValue label="SIP address">{user.data.sipAddress}</LabelledValue>
                <LabelledValue label="Department">{user.data.department}</LabelledValue>
                <LabelledValue label="Site">{user.data.site}</LabelledValue>
              </ValueList>
            </section>
            <Divider className={styles.divider} />
            <AudioConferencingSection user={user.data} />
            <Divider className={styles.divider} />
            <UserMeetingsSection user={user.data} />
            <Divider className={styles.divider} />
            <UserActivitySection userId={user.data.id} />
          </>
        ) : null}
      </DrawerBody>
    </OverlayDrawer>
  );
}
