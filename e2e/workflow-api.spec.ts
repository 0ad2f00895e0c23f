import { test } from '@playwright/test';
test('x', async () => {});
