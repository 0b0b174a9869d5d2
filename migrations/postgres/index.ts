import * as migration_20261202_002231_init from './20261202_002231_init';

export const migrations = [
  {
    up: migration_20261202_002231_init.up,
    down: migration_20261202_002231_init.down,
    name: '20261202_002231_init'
  },
];
