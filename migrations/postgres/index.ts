import * as migration_20261123_115758_init from './20261123_115758_init';

export const migrations = [
  {
    up: migration_20261123_115758_init.up,
    down: migration_20261123_115758_init.down,
    name: '20261123_115758_init'
  },
];
