/** Name parts for generated users (fictitious, Contoso-style). */
export const GIVEN_NAMES = [
  'Adele', 'Allan', 'Christie', 'Debra', 'Grady', 'Henrietta', 'Irvin', 'Johanna', 'Joni', 'Lee',
  'Lynne', 'Miriam', 'Nestor', 'Patti', 'Pradeep', 'Enrico', 'Emily', 'Cameron', 'Brian', 'Aisha',
  'Bianca', 'Carlos', 'Dalia', 'Elif', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Jun', 'Kiri', 'Lucia',
  'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tomas', 'Uma', 'Vera', 'Wei',
  'Ximena', 'Yusuf', 'Zara',
] as const;

export const SURNAMES = [
  'Vance', 'Deyoung', 'Cline', 'Berger', 'Archie', 'Mueller', 'Sayers', 'Lorenz', 'Sherman', 'Gu',
  'Robbins', 'Graham', 'Wilke', 'Fernandez', 'Gupta', 'Cattaneo', 'Braun', 'White', 'Johnson',
  'Okafor', 'Rossi', 'Mendes', 'Haddad', 'Yilmaz', 'Nakamura', 'Silva', 'Kowalski', 'Chen',
  'Novak', 'Andersen', 'Dubois', 'Moreau', 'Ortiz', 'Patel', 'Quintero', 'Reyes', 'Schmidt',
  'Tanaka', 'Ueda', 'Varga', 'Walsh', 'Young', 'Zimmermann',
] as const;

export const DEPARTMENTS = [
  'Sales', 'Marketing', 'Engineering', 'Finance', 'Human Resources', 'Legal', 'Operations',
  'Support', 'Research',
] as const;

export const SITES = [
  { name: 'Redmond', linePrefix: '+1425555' },
  { name: 'New York', linePrefix: '+1212555' },
  { name: 'London', linePrefix: '+44207946' },
] as const;

export const THIRD_PARTY_PROVIDERS = ['Intercall', 'PGi', 'BT Conferencing'] as const;
