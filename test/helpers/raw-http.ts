/** Raw HTTP/1.1 requests over a socket, for request targets a client library would normalise. */
import net from 'node:net';

/** Sends one request line (`POST /api/%61sk HTTP/1.1`) with a JSON body; resolves with the status code. */
export function rawRequest(port: number, requestLine: string, body = '', headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      data += chunk;
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m && data.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on('error', reject);
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.write(
      `${requestLine}\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
    );
  });
}
