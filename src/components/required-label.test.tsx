import { Field, FluentProvider, Input, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requiredLabel } from './required-label';

function renderField(required?: boolean) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Field label={requiredLabel('Conference ID', required)} hint="7 digits">
        <Input aria-required={required ?? true} />
      </Field>
    </FluentProvider>,
  );
}

describe('requiredLabel (PRODUCT.md §4: no marker in a label)', () => {
  it("labels the control with the label's text alone; the marker is shown beside the label", () => {
    const { container } = renderField();
    const input = screen.getByRole('textbox', { name: 'Conference ID' });
    expect(screen.getByLabelText('Conference ID', { exact: true })).toBe(input);
    const label = container.querySelector('label');
    expect(label?.textContent).toBe('Conference ID');
    const marker = screen.getByText('*');
    expect(label?.contains(marker)).toBe(false);
    expect(marker).toHaveAttribute('aria-hidden', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    // Required for assistive technology, without the browser's own validation.
    expect(input).not.toHaveAttribute('required');
  });

  it('is a plain label, without a marker, while the field is not required', () => {
    renderField(false);
    expect(screen.getByLabelText('Conference ID', { exact: true })).toBe(
      screen.getByRole('textbox', { name: 'Conference ID' }),
    );
    expect(screen.queryByText('*')).toBeNull();
  });
});
