#!/usr/bin/env node
// The `kooperationsmonitor` command (package.json "bin"). The runner is TypeScript: tsx compiles it
// on the fly, so `npx kooperationsmonitor` works in the project right after `npm install`.
// (A CommonJS file the lint config's Node block does not cover, hence the inline settings.)
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
require('tsx/cjs');
require('./main.ts').runFromProcess();
