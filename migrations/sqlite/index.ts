import * as migration_20261202_002221_init from './20261202_002221_init';

export const migrations = [
  {
    up: migration_20261202_002221_init.up,
    down: migration_20261202_002221_init.down,
    name: '20261202_002221_init'
  },
];
