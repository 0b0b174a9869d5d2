import * as migration_20261123_115754_init from './20261123_115754_init';

export const migrations = [
  {
    up: migration_20261123_115754_init.up,
    down: migration_20261123_115754_init.down,
    name: '20261123_115754_init'
  },
];
