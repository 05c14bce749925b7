/** Runs `operation`; when it throws, reports the error and runs it exactly once more. */
export async function retryOnce<T>(operation: () => Promise<T>, onRetry?: (error: unknown) => void): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    onRetry?.(error);
    return operation();
  }
}
