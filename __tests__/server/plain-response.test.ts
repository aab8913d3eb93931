/** @jest-environment node */
import type { Socket } from "node:net";
import { answerClientError, plainHeaders } from "@/server/plain-response";

/** What Node hands a clientError listener: a socket that is still writable (a stand-in for net.Socket, not our code). */
function fakeSocket() {
  const socket = {
    writable: true,
    written: "",
    destroyed: false,
    end: (text: string) => void (socket.written += text),
    destroy: () => void (socket.destroyed = true),
  };
  return socket;
}
const errorWith = (code: string) => Object.assign(new Error(code), { code });

describe("answerClientError", () => {
  it.each([
    ["HPE_INVALID_HEADER_TOKEN", "400 Bad Request"],
    ["HPE_HEADER_OVERFLOW", "431 Request Header Fields Too Large"],
    ["ERR_HTTP_REQUEST_TIMEOUT", "408 Request Timeout"],
  ])("answerClientError answers %s with %s, the security headers and a closed connection", (code, status) => {
    const socket = fakeSocket();
    answerClientError(errorWith(code), socket as unknown as Socket);
    const [statusLine, ...lines] = socket.written.split("\r\n");
    expect(statusLine).toBe(`HTTP/1.1 ${status}`);
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Strict-Transport-Security: max-age=\d{7,}/), "connection: close", "cache-control: no-store"]),
    );
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^content-security-policy: .*frame-ancestors 'none'/)]));
    const body = socket.written.split("\r\n\r\n")[1]!;
    expect(lines).toContain(`content-length: ${Buffer.byteLength(body)}`);
  });

  it("answerClientError drops a connection the client reset, writing nothing", () => {
    const socket = fakeSocket();
    answerClientError(errorWith("ECONNRESET"), socket as unknown as Socket);
    expect(socket).toMatchObject({ written: "", destroyed: true });
  });
});

describe("plainHeaders", () => {
  it("plainHeaders never lets an answer be cached and lets extra headers win", () => {
    expect(plainHeaders("x\n", { allow: "GET, HEAD", "cache-control": "no-store" })).toMatchObject({
      allow: "GET, HEAD",
      "content-length": 2,
      "cache-control": "no-store",
    });
  });
});
