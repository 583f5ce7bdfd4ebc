package org.hearsay.server;

/** A request the API answers with an error status and a problem document saying why. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    int status() {
        return status;
    }
}
