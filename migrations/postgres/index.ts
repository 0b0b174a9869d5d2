import * as migration_20261202_032102_init from './20261202_032102_init';

export const migrations = [
  {
    up: migration_20261202_032102_init.up,
    down: migration_20261202_032102_init.down,
    name: '20261202_032102_init'
  },
];
