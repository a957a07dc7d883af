import { createRandom, pad } from './random';

export interface DemoAddress {
  id: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  isDefault: boolean;
}

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: 'CUSTOMER' | 'SUPPORT' | 'ADMIN';
  password: string;
  addresses: DemoAddress[];
  createdAt: string;
}

/**
 * DEMO CREDENTIALS — public, for local use only. The users subgraph refuses to seed or accept them
 * when NODE_ENV=production.
 */
export const DEMO_CREDENTIALS = {
  admin: { email: 'admin@shop.example', password: 'demo-admin-password' },
  support: { email: 'support@shop.example', password: 'demo-support-password' },
  customer: { email: 'ava.haddad1@example.com', password: 'demo-customer-password' },
} as const;

const FIRST = ['Ava', 'Liam', 'Maya', 'Noah', 'Zoe', 'Ethan', 'Iris', 'Omar', 'Lena', 'Kai', 'Nora', 'Felix', 'Sara', 'Jonas', 'Mila'];
const LAST = ['Jensen', 'Okafor', 'Martins', 'Kowalski', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Larsen', 'Moreau', 'Rossi', 'Fischer'];
const CITIES: [string, string][] = [
  ['Portland', '97201'],
  ['Austin', '78701'],
  ['Denver', '80202'],
  ['Boston', '02108'],
  ['Chicago', '60601'],
  ['Seattle', '98101'],
];
const STREETS = ['Maple Ave', 'Harbor St', 'Elm Rd', 'Cedar Ln', 'Oak St', 'Pine Ct'];

export const DEMO_CUSTOMER_COUNT = 60;

export function demoUsers(): DemoUser[] {
  const random = createRandom(7);
  const users: DemoUser[] = [
    {
      id: 'usr_admin',
      email: DEMO_CREDENTIALS.admin.email,
      name: 'Shop Admin',
      role: 'ADMIN',
      password: DEMO_CREDENTIALS.admin.password,
      addresses: [],
      createdAt: new Date(Date.UTC(2024, 5, 1)).toISOString(),
    },
    {
      id: 'usr_support',
      email: DEMO_CREDENTIALS.support.email,
      name: 'Shop Support',
      role: 'SUPPORT',
      password: DEMO_CREDENTIALS.support.password,
      addresses: [],
      createdAt: new Date(Date.UTC(2024, 5, 2)).toISOString(),
    },
  ];
  for (let i = 1; i <= DEMO_CUSTOMER_COUNT; i++) {
    const first = FIRST[(i - 1) % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const addressCount = random.int(1, 2);
    users.push({
      id: `usr_${pad(i, 4)}`,
      email: `${first}.${last}${i}@example.com`.toLowerCase(),
      name: `${first} ${last}`,
      role: 'CUSTOMER',
      password: DEMO_CREDENTIALS.customer.password,
      addresses: Array.from({ length: addressCount }, (_, a) => {
        const [city, postalCode] = random.pick(CITIES);
        return { id: `adr_${pad(i, 4)}_${a + 1}`, line1: `${random.int(1, 999)} ${random.pick(STREETS)}`, city, postalCode, country: 'US', isDefault: a === 0 };
      }),
      createdAt: new Date(Date.UTC(2024, 6, 1) + i * 864e5 * 3).toISOString(),
    });
  }
  return users;
}
