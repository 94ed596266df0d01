import { registerEnumType } from 'type-graphql';

export enum Role {
  NATIONAL_ADMIN = 'NATIONAL_ADMIN',
  FORCE_ADMIN = 'FORCE_ADMIN',
  REGIONAL_COORDINATOR = 'REGIONAL_COORDINATOR',
}

registerEnumType(Role, {
  name: 'Role',
  description:
    'NATIONAL_ADMIN: everything. FORCE_ADMIN: writes its own force only. REGIONAL_COORDINATOR: reads its region, drafts included; writes nothing',
  valuesConfig: {
    NATIONAL_ADMIN: { description: 'Manages forces, users, national bodies and partner keys' },
    FORCE_ADMIN: { description: "Keeps one force's entries current" },
    REGIONAL_COORDINATOR: { description: 'Compares the forces of one region' },
  },
});
