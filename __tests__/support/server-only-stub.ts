// jest runs outside the react-server condition, where "server-only" would throw on import.
export {};
