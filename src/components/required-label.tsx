import {
  labelClassNames,
  makeStyles,
  mergeClasses,
  tokens,
  type FieldProps,
  type LabelProps,
} from '@fluentui/react-components';
import type { ElementType } from 'react';

const useStyles = makeStyles({
  // Fluent's own required marker, as the Label draws it.
  marker: {
    color: tokens.colorPaletteRedForeground3,
    paddingLeft: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyBase,
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  medium: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  large: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/**
 * The label of a Field whose control is required: `<Field label={requiredLabel('Name')}>` around
 * `<Input aria-required />`. Fluent's `<Field required>` draws its `*` inside the `<label>`, so
 * the label's text became "Name *" and `getByLabel('Name', { exact: true })` found nothing
 * (PRODUCT.md §4); it also makes the input natively `required`. Here the marker looks the same
 * but sits beside the `<label>`, hidden from assistive technology as Fluent's is, and the control
 * says it is required with `aria-required`: the forms check their values themselves.
 * With `required` false it is a plain label (a field required only in some states).
 */
export function requiredLabel(text: string, required = true): NonNullable<FieldProps['label']> {
  if (!required) return text;
  return {
    children: (Label: ElementType<LabelProps>, props: Omit<LabelProps, 'children' | 'as'>) => (
      <RequiredLabel Label={Label} props={props} text={text} />
    ),
  };
}

function RequiredLabel({
  Label,
  props,
  text,
}: {
  Label: ElementType<LabelProps>;
  props: Omit<LabelProps, 'children' | 'as'>;
  text: string;
}) {
  const styles = useStyles();
  // Fluent's own marker stays off, should the Field be `required` too.
  const { className, size = 'medium', required: _inside, ...labelProps } = props;
  // The wrapper takes the Field's layout of its label (its grid cell, padding and margin).
  return (
    <span className={className}>
      <Label {...labelProps} size={size}>
        {text}
      </Label>
      <span
        aria-hidden="true"
        className={mergeClasses(labelClassNames.required, styles.marker, styles[size])}
      >
        *
      </span>
    </span>
  );
}
