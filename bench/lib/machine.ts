/** Describes the machine the benchmark ran on, for the header and the JSON. */
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  heapLimitMB: number;
}

export async function machineInfo(): Promise<MachineInfo> {
  const v8 = await import('node:v8');
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    heapLimitMB: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
  };
}
