// What an action throws, as its message; 'no error' when it returns. Test support.
export const thrown = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};
