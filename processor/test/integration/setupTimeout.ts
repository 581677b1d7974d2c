// Integration tests start servers and child processes: allow them two minutes.
jest.setTimeout(120_000);
