import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  ring: {
    display: 'inline-block',
    flexShrink: 0,
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
  tiny: { width: '16px', height: '16px' },
  medium: {
    width: '28px',
    height: '28px',
    borderTopWidth: '3px',
    borderRightWidth: '3px',
    borderBottomWidth: '3px',
    borderLeftWidth: '3px',
  },
});

interface LightSpinnerProps {
  /** Shown beside the ring; without it, `aria-label` names the progress bar. */
  label?: string;
  'aria-label'?: string;
  size?: 'tiny' | 'medium';
}

/**
 * A loading indicator for the first page (the users list), in Fluent's look but without loading
 * Fluent's Spinner and Label there. Elsewhere the Fluent Spinner is used.
 */
export function LightSpinner({ label, size = 'medium', ...rest }: LightSpinnerProps) {
  const styles = useStyles();
  return (
    <span role="progressbar" aria-label={rest['aria-label'] ?? label} className={styles.root}>
      <span className={mergeClasses(styles.ring, styles[size])} />
      {label ? <span>{label}</span> : null}
    </span>
  );
}
