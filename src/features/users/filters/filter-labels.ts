import {
  BOOLEAN_FILTER_PROPERTIES,
  type FilterClause,
  type FilterOperator,
  type FilterProperty,
  type UserFilterOptions,
} from '../../../api/contract/user-list';

export const PROPERTY_LABEL: Record<FilterProperty, string> = {
  audioConferencing: 'Audio Conferencing enabled',
  provider: 'Provider',
  pinSet: 'PIN set',
  pinLocked: 'PIN locked',
  site: 'Site',
  department: 'Department',
  hasMailbox: 'Has mailbox',
  conferenceId: 'Conference ID',
};

export const OPERATOR_LABEL: Record<FilterOperator, string> = {
  eq: 'Equal to',
  ne: 'Not equal to',
};

export interface ValueChoice {
  value: string;
  label: string;
}

const YES_NO: ValueChoice[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

const PROVIDERS: ValueChoice[] = [
  { value: 'Microsoft', label: 'Microsoft' },
  { value: 'ThirdParty', label: 'Third party' },
  { value: 'None', label: 'None' },
];

const asChoices = (values: string[]) => values.map((value) => ({ value, label: value }));

/** The values a property can take, or null when the admin types one (a conference ID). */
export function valueChoices(
  property: FilterProperty,
  options: UserFilterOptions | undefined,
): ValueChoice[] | null {
  if (BOOLEAN_FILTER_PROPERTIES.includes(property)) return YES_NO;
  switch (property) {
    case 'provider':
      return PROVIDERS;
    case 'site':
      return asChoices(options?.sites ?? []);
    case 'department':
      return asChoices(options?.departments ?? []);
    default:
      return null;
  }
}

export function valueLabel(clause: FilterClause): string {
  const choices = valueChoices(clause.property, undefined);
  return choices?.find((choice) => choice.value === clause.value)?.label ?? clause.value;
}

/** "PIN locked Equal to Yes": how a clause reads on its chip. */
export function describeClause(clause: FilterClause): string {
  return `${PROPERTY_LABEL[clause.property]} ${OPERATOR_LABEL[clause.operator]} ${valueLabel(clause)}`;
}
