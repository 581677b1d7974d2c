jest.setTimeout(15 * 60_000);
