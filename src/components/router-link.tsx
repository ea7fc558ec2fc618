import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

const StyledAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  function StyledAnchor({ className, children, ...props }, ref) {
    return (
      <a ref={ref} className={mergeClasses(useStyles().link, className)} {...props}>
        {children}
      </a>
    );
  },
);

/** A router link that looks like a Fluent link. */
export const RouterLink = createLink(StyledAnchor);
