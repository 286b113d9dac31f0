/**
 * Generated from the server's OpenAPI document by `npm run api:types`: do not edit by hand.
 * web/src/api/types.ts names the shapes the pages use.
 */
export interface paths {
    "/api/assessments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a four-eyes disagreement (supervisor)
         * @description Needs the x-csrf-token header. Send the item version you last saw (`version`); if someone changed the item since, the answer is 409 item.version_conflict and nothing is saved. uphold keeps the first assessment; replace records the supervisor’s own, which counts at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessment?: {
                            /** @enum {string} */
                            category: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                            /** @default {} */
                            details?: {
                                [key: string]: string;
                            };
                            /** @default [] */
                            legal_bases?: string[];
                            notes?: string;
                            /** @enum {string} */
                            verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                        };
                        /** @enum {string} */
                        decision: "uphold" | "replace";
                        notes: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                analyst: {
                                    display_name: string;
                                    id: string;
                                };
                                category: string;
                                counts: boolean;
                                created_at: string;
                                details: {
                                    [key: string]: string;
                                };
                                id: string;
                                item_id: string;
                                legal_bases: string[];
                                notes: string | null;
                                resolution: {
                                    at: string;
                                    /** @enum {string} */
                                    decision: "uphold" | "replace";
                                    notes: string | null;
                                    supervisor: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                second_opinion: {
                                    analyst: {
                                        display_name: string;
                                        id: string;
                                    };
                                    at: string;
                                    /** @enum {string} */
                                    decision: "agree" | "disagree";
                                    notes: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "final" | "pending_second" | "confirmed" | "disputed" | "upheld" | "overruled" | "superseded";
                                /** @enum {string} */
                                verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                            };
                            item: {
                                category: string;
                                id: string;
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/second-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agree or disagree with an assessment waiting for four eyes
         * @description Needs the x-csrf-token header. Send the item version you last saw (`version`); if someone changed the item since, the answer is 409 item.version_conflict and nothing is saved. Not by the assessment’s author (assessment.same_analyst). Disagreeing needs notes and sends the item to a supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "agree" | "disagree";
                        notes?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                analyst: {
                                    display_name: string;
                                    id: string;
                                };
                                category: string;
                                counts: boolean;
                                created_at: string;
                                details: {
                                    [key: string]: string;
                                };
                                id: string;
                                item_id: string;
                                legal_bases: string[];
                                notes: string | null;
                                resolution: {
                                    at: string;
                                    /** @enum {string} */
                                    decision: "uphold" | "replace";
                                    notes: string | null;
                                    supervisor: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                second_opinion: {
                                    analyst: {
                                        display_name: string;
                                        id: string;
                                    };
                                    at: string;
                                    /** @enum {string} */
                                    decision: "agree" | "disagree";
                                    notes: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "final" | "pending_second" | "confirmed" | "disputed" | "upheld" | "overruled" | "superseded";
                                /** @enum {string} */
                                verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                            };
                            item: {
                                category: string;
                                id: string;
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, optionally narrowed by who, what, object and dates
         * @description Page back with before_seq = the smallest seq of the previous page. `action` ending with a dot matches every action of that kind (notice.). Dates are local (VIGIE_TIME_ZONE), both included.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    before_seq?: number;
                    from?: string;
                    limit?: number;
                    target_id?: string;
                    target_type?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                action: string;
                                actor_label: string;
                                actor_staff_id: string | null;
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                seq: number;
                                target_id: string | null;
                                target_label: string | null;
                                target_type: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff members who appear in the audit log as having acted (for the "who" filter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: {
                                label: string;
                                staff_id: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (newest first, at most 100,000 events) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    target_id?: string;
                    target_type?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The TOTP secret to add to an authenticator app (base32, otpauth URL, QR code as SVG) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauth_url: string;
                            qr_svg: string;
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Confirm TOTP enrolment with a code from the app; signs in fully
         * @description Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one and sets the vigie_device cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            staff: {
                                capabilities: ("read_workspace" | "read_history" | "qualify" | "resolve" | "supervise" | "reassign" | "handle_media" | "delete_media" | "send_feedback" | "read_team_wellbeing" | "manage_staff" | "read_audit" | "manage_directory" | "look_up_hosting" | "send_notices" | "read_statistics" | "read_operations")[];
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                            };
                            /** @enum {string} */
                            stage: "full";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, first factor: e-mail and password
         * @description Sets the vigie_session cookie. `stage: totp` → send a code to POST /api/auth/totp; `stage: enrol` → set up TOTP (GET then POST /api/auth/enrolment). After five failures in a row (passwords or codes) each attempt waits 15 s, then 30 s, then 60 s: 429 `auth.sign_in_delayed` with `details.retry_after_seconds`, the same for every address. A browser that signed in fully before (vigie_device cookie) has its own count. 429 `auth.rate_limited`: too many attempts from this client.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            /** @enum {string} */
                            stage: "totp" | "enrol";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session and clears the cookie
         * @description Needs the x-csrf-token header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password: the current one, then the new one
         * @description Needs the x-csrf-token header. The new password follows the same rules as at setup. Ends your other sessions; this one stays. A wrong current password (400 `auth.wrong_password`) counts like a failed sign-in (429 `auth.sign_in_delayed`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Password changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, at which stage, and the CSRF token to send with changes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            staff: {
                                capabilities: ("read_workspace" | "read_history" | "qualify" | "resolve" | "supervise" | "reassign" | "handle_media" | "delete_media" | "send_feedback" | "read_team_wellbeing" | "manage_staff" | "read_audit" | "manage_directory" | "look_up_hosting" | "send_notices" | "read_statistics" | "read_operations")[];
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                            };
                            /** @enum {string} */
                            stage: "password" | "enrol" | "full";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a password through the one-time setup link (valid 72 hours)
         * @description At least 12 characters, not the e-mail address, not easy to guess (400 `auth.password_too_guessable` with `details.reason`). Sets the session cookie; next step: TOTP enrolment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            /** @enum {string} */
                            stage: "enrol";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, second factor: the 6-digit code of the authenticator app
         * @description Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one and sets the vigie_device cookie. Wrong codes count like wrong passwords (see POST /api/auth/login).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            staff: {
                                capabilities: ("read_workspace" | "read_history" | "qualify" | "resolve" | "supervise" | "reassign" | "handle_media" | "delete_media" | "send_feedback" | "read_team_wellbeing" | "manage_staff" | "read_audit" | "manage_directory" | "look_up_hosting" | "send_notices" | "read_statistics" | "read_operations")[];
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                            };
                            /** @enum {string} */
                            stage: "full";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/captures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One capture: what the fetcher saw, the evidence it stored, what was refused and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capture: {
                                address: string | null;
                                attempts: number;
                                content_type: string | null;
                                error: {
                                    code: string;
                                    reason: string;
                                } | null;
                                final_url: string | null;
                                finished_at: string | null;
                                id: string;
                                item_id: string;
                                media: {
                                    code: string | null;
                                    media_id: string | null;
                                    /** @enum {string} */
                                    outcome: "stored" | "refused" | "failed" | "skipped";
                                    reason: string | null;
                                    url: string;
                                }[];
                                page_media_id: string | null;
                                redirects: {
                                    address: string;
                                    location: string | null;
                                    status: number;
                                    url: string;
                                }[];
                                requested_at: string;
                                requested_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                response_headers: {
                                    [key: string]: string;
                                } | null;
                                retention: {
                                    /** @enum {string} */
                                    keep: "hashes_only";
                                } | {
                                    /** @enum {string} */
                                    keep: "original";
                                    until: string;
                                };
                                screenshot: {
                                    /** @enum {string} */
                                    outcome: "stored" | "not_allowed" | "not_applicable" | "unavailable" | "failed";
                                    reason: string | null;
                                } | null;
                                screenshot_media_id: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                status: number | null;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory of platforms, hosts, registrars and CDNs, sorted by name */
        get: {
            parameters: {
                query?: {
                    kind?: "platform" | "host" | "registrar" | "cdn";
                    /** @description Words found in the name, a domain, an AS number, the address or the notes */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                address: string;
                                asns: number[];
                                /** @enum {string} */
                                channel: "email" | "web_form" | "api";
                                domains: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "platform" | "host" | "registrar" | "cdn";
                                language: string;
                                name: string;
                                notes: string | null;
                                trusted_flagger: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown */
                                updated_by: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an entry
         * @description Needs the x-csrf-token header. A domain or AS number already in another entry is refused (409 directory.match_taken).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @default [] */
                        asns?: number[];
                        /** @enum {string} */
                        channel: "email" | "web_form" | "api";
                        domains?: string[];
                        /** @enum {string} */
                        kind: "platform" | "host" | "registrar" | "cdn";
                        /** @default en */
                        language?: string;
                        name: string;
                        notes?: string | null;
                        /** @description Trusted-flagger status with this platform, if any */
                        trusted_flagger?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                address: string;
                                asns: number[];
                                /** @enum {string} */
                                channel: "email" | "web_form" | "api";
                                domains: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "platform" | "host" | "registrar" | "cdn";
                                language: string;
                                name: string;
                                notes: string | null;
                                trusted_flagger: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown */
                                updated_by: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an entry with the one given
         * @description Needs the x-csrf-token header.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @default [] */
                        asns?: number[];
                        /** @enum {string} */
                        channel: "email" | "web_form" | "api";
                        domains?: string[];
                        /** @enum {string} */
                        kind: "platform" | "host" | "registrar" | "cdn";
                        /** @default en */
                        language?: string;
                        name: string;
                        notes?: string | null;
                        /** @description Trusted-flagger status with this platform, if any */
                        trusted_flagger?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                address: string;
                                asns: number[];
                                /** @enum {string} */
                                channel: "email" | "web_form" | "api";
                                domains: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "platform" | "host" | "registrar" | "cdn";
                                language: string;
                                name: string;
                                notes: string | null;
                                trusted_flagger: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown */
                                updated_by: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete an entry
         * @description Needs the x-csrf-token header.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporter feedback templates of the jurisdiction pack (French and English) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            placeholders: string[];
                            templates: {
                                /** @description With placeholders {tracking_code} and {helplines}, filled in when sent */
                                body: {
                                    en: string;
                                    fr: string;
                                };
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @description The outcomes of an address this template tells; it is offered for an item only then */
                                outcomes: ("not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An item with its reports’ context, assessments, parent and derived items, and claim
         * @description Reporters stay anonymous: no contact details or tracking codes. Viewing an item you hold renews your claim.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: {
                                analyst: {
                                    display_name: string;
                                    id: string;
                                };
                                category: string;
                                counts: boolean;
                                created_at: string;
                                details: {
                                    [key: string]: string;
                                };
                                id: string;
                                item_id: string;
                                legal_bases: string[];
                                notes: string | null;
                                resolution: {
                                    at: string;
                                    /** @enum {string} */
                                    decision: "uphold" | "replace";
                                    notes: string | null;
                                    supervisor: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                second_opinion: {
                                    analyst: {
                                        display_name: string;
                                        id: string;
                                    };
                                    at: string;
                                    /** @enum {string} */
                                    decision: "agree" | "disagree";
                                    notes: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "final" | "pending_second" | "confirmed" | "disputed" | "upheld" | "overruled" | "superseded";
                                /** @enum {string} */
                                verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                            }[];
                            claim: {
                                display_name: string;
                                expires_at: string;
                                staff_id: string;
                            } | null;
                            derived_items: {
                                category: string;
                                first_reported_at: string;
                                id: string;
                                /** @enum {string} */
                                origin: "reported" | "derived";
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                url: string;
                            }[];
                            duplicate_of: {
                                category: string;
                                first_reported_at: string;
                                id: string;
                                /** @enum {string} */
                                origin: "reported" | "derived";
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                url: string;
                            } | null;
                            item: {
                                category: string;
                                /** @enum {string} */
                                channel: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                claim: {
                                    display_name: string;
                                    expires_at: string;
                                    staff_id: string;
                                } | null;
                                due_at: string;
                                first_reported_at: string;
                                hash_hits: number;
                                hosting_country: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                origin: "reported" | "derived";
                                overdue: boolean;
                                parent_item_id: string | null;
                                priority: number;
                                report_count: number;
                                severity: number;
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                trusted: boolean;
                                updated_at: string;
                                url: string;
                                verdict: ("illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable") | null;
                                version: number;
                            };
                            parent: {
                                category: string;
                                first_reported_at: string;
                                id: string;
                                /** @enum {string} */
                                origin: "reported" | "derived";
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                url: string;
                            } | null;
                            reports: {
                                /** @enum {string} */
                                channel: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                claimed_category: string;
                                description: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                public_status: "received" | "under_analysis" | "forwarded" | "content_removed" | "closed";
                                received_at: string;
                                /** @enum {string} */
                                reporter_kind: "public" | "trusted_flagger" | "partner_hotline" | "staff";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an assessment of an item
         * @description Needs the x-csrf-token header. Send the item version you last saw (`version`); if someone changed the item since, the answer is 409 item.version_conflict and nothing is saved. A verdict the pack marks for four eyes puts the item in awaiting_second; any other makes it assessed. Refused while someone else holds the claim (item.claimed).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                        /** @default {} */
                        details?: {
                            [key: string]: string;
                        };
                        /** @default [] */
                        legal_bases?: string[];
                        notes?: string;
                        /** @enum {string} */
                        verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                analyst: {
                                    display_name: string;
                                    id: string;
                                };
                                category: string;
                                counts: boolean;
                                created_at: string;
                                details: {
                                    [key: string]: string;
                                };
                                id: string;
                                item_id: string;
                                legal_bases: string[];
                                notes: string | null;
                                resolution: {
                                    at: string;
                                    /** @enum {string} */
                                    decision: "uphold" | "replace";
                                    notes: string | null;
                                    supervisor: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                second_opinion: {
                                    analyst: {
                                        display_name: string;
                                        id: string;
                                    };
                                    at: string;
                                    /** @enum {string} */
                                    decision: "agree" | "disagree";
                                    notes: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "final" | "pending_second" | "confirmed" | "disputed" | "upheld" | "overruled" | "superseded";
                                /** @enum {string} */
                                verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                            };
                            item: {
                                category: string;
                                id: string;
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/captures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The captures of an item, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            captures: {
                                address: string | null;
                                attempts: number;
                                content_type: string | null;
                                error: {
                                    code: string;
                                    reason: string;
                                } | null;
                                final_url: string | null;
                                finished_at: string | null;
                                id: string;
                                item_id: string;
                                media: {
                                    code: string | null;
                                    media_id: string | null;
                                    /** @enum {string} */
                                    outcome: "stored" | "refused" | "failed" | "skipped";
                                    reason: string | null;
                                    url: string;
                                }[];
                                page_media_id: string | null;
                                redirects: {
                                    address: string;
                                    location: string | null;
                                    status: number;
                                    url: string;
                                }[];
                                requested_at: string;
                                requested_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                response_headers: {
                                    [key: string]: string;
                                } | null;
                                retention: {
                                    /** @enum {string} */
                                    keep: "hashes_only";
                                } | {
                                    /** @enum {string} */
                                    keep: "original";
                                    until: string;
                                };
                                screenshot: {
                                    /** @enum {string} */
                                    outcome: "stored" | "not_allowed" | "not_applicable" | "unavailable" | "failed";
                                    reason: string | null;
                                } | null;
                                screenshot_media_id: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                status: number | null;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask the server to capture the item’s URL (page, embedded media, screenshot if allowed)
         * @description Needs the x-csrf-token header. 202: the capture is queued and runs as a job through the safe fetcher (never from your browser); follow it with GET /api/captures/:id. While a capture of the item is queued or running, asking again answers with that one. What is kept, and whether a screenshot is taken, is the jurisdiction pack’s rule for the item’s current category (`retention`). Refused, like uploading evidence, while someone else holds the claim on the item: 409 item.claimed. Audited (capture.requested).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capture: {
                                address: string | null;
                                attempts: number;
                                content_type: string | null;
                                error: {
                                    code: string;
                                    reason: string;
                                } | null;
                                final_url: string | null;
                                finished_at: string | null;
                                id: string;
                                item_id: string;
                                media: {
                                    code: string | null;
                                    media_id: string | null;
                                    /** @enum {string} */
                                    outcome: "stored" | "refused" | "failed" | "skipped";
                                    reason: string | null;
                                    url: string;
                                }[];
                                page_media_id: string | null;
                                redirects: {
                                    address: string;
                                    location: string | null;
                                    status: number;
                                    url: string;
                                }[];
                                requested_at: string;
                                requested_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                response_headers: {
                                    [key: string]: string;
                                } | null;
                                retention: {
                                    /** @enum {string} */
                                    keep: "hashes_only";
                                } | {
                                    /** @enum {string} */
                                    keep: "original";
                                    until: string;
                                };
                                screenshot: {
                                    /** @enum {string} */
                                    outcome: "stored" | "not_allowed" | "not_applicable" | "unavailable" | "failed";
                                    reason: string | null;
                                } | null;
                                screenshot_media_id: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                status: number | null;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an item so nobody else works it
         * @description Needs the x-csrf-token header. The claim lapses after 30 minutes without activity on the item; claiming again renews it. 409 item.claimed (with the holder) when someone else holds it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claim: {
                                display_name: string;
                                expires_at: string;
                                staff_id: string;
                            } | null;
                            item_id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/derived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add URLs found from this item as derived items
         * @description Needs the x-csrf-token header. New items enter the queue with origin derived, the parent recorded and the parent’s reports linked; URLs already known are linked, not duplicated (created: false).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        urls: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                created: boolean;
                                id: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened to an item, oldest first: reports, assessments, and the audited actions on it, on the notices about it and the feedback sent to its reporters about it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: ({
                                at: string;
                                /** @enum {string} */
                                channel: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                claimed_category: string;
                                /** @enum {string} */
                                kind: "report";
                                /** @enum {string} */
                                reporter_kind: "public" | "trusted_flagger" | "partner_hotline" | "staff";
                            } | {
                                action: string;
                                actor_label: string;
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                kind: "event";
                                seq: number;
                            } | {
                                assessment: {
                                    analyst: {
                                        display_name: string;
                                        id: string;
                                    };
                                    category: string;
                                    counts: boolean;
                                    created_at: string;
                                    details: {
                                        [key: string]: string;
                                    };
                                    id: string;
                                    item_id: string;
                                    legal_bases: string[];
                                    notes: string | null;
                                    resolution: {
                                        at: string;
                                        /** @enum {string} */
                                        decision: "uphold" | "replace";
                                        notes: string | null;
                                        supervisor: {
                                            display_name: string;
                                            id: string;
                                        };
                                    } | null;
                                    second_opinion: {
                                        analyst: {
                                            display_name: string;
                                            id: string;
                                        };
                                        at: string;
                                        /** @enum {string} */
                                        decision: "agree" | "disagree";
                                        notes: string | null;
                                    } | null;
                                    /** @enum {string} */
                                    status: "final" | "pending_second" | "confirmed" | "disputed" | "upheld" | "overruled" | "superseded";
                                    /** @enum {string} */
                                    verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                                };
                                at: string;
                                /** @enum {string} */
                                kind: "assessment";
                            })[];
                            item_id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the item is hosted: its hosting records, newest first, and the next look-up
         * @description Each record is one look-up: addresses, network, country, CDN, abuse contacts with their source and date, and the problems met (a failed step never blocks the others).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            item_id: string;
                            next_lookup_at: string | null;
                            records: {
                                id: string;
                                looked_up_at: string;
                                lookup: {
                                    abuse_contacts: {
                                        address: string;
                                        as_of: string;
                                        /** @enum {string} */
                                        channel: "email" | "web_form" | "api";
                                        language?: string | null;
                                        name: string | null;
                                        /** @enum {string} */
                                        role: "platform" | "cdn" | "host" | "network" | "registrar";
                                        /** @enum {string} */
                                        source: "directory" | "cdn" | "rdap_ip" | "rdap_domain";
                                    }[];
                                    as_name: string | null;
                                    asn: number | null;
                                    cdn: {
                                        name: string;
                                    } | null;
                                    cnames: string[];
                                    country: string | null;
                                    databases: {
                                        asn: string | null;
                                        country: string | null;
                                    };
                                    host: string;
                                    ips: string[];
                                    looked_up_at: string;
                                    normalized_url: string;
                                    problems: {
                                        detail?: string;
                                        reason: string;
                                        /** @enum {string} */
                                        stage: "dns" | "geo" | "rdap_ip" | "rdap_domain";
                                    }[];
                                    registrable_domain: string | null;
                                    url: string;
                                };
                                /** @enum {string} */
                                reason: "new_item" | "asked_again" | "before_notice" | "retry";
                                requested_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                            }[];
                            /** @enum {string} */
                            state: "pending" | "retrying" | "done" | "gave_up";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/hosting/lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look the item up again (runs within seconds, as a job)
         * @description Needs the x-csrf-token header. Audited (hosting.lookup_requested).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "pending";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence media attached to an item (metadata only), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            media: {
                                added_at: string;
                                added_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                byte_size: number;
                                capture_id: string | null;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "video/mp4" | "video/webm" | "text/html" | "application/xhtml+xml";
                                content_url: string;
                                file_name: string | null;
                                height: number | null;
                                id: string;
                                item_id: string;
                                /** @enum {string} */
                                kind: "image" | "video" | "page" | "screenshot";
                                md5: string;
                                /** @enum {string} */
                                origin: "upload" | "capture";
                                original_erased_at: string | null;
                                pdq: string | null;
                                pdq_quality: number | null;
                                preview_url: string | null;
                                sha256: string;
                                width: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach an evidence file (image or short video) to an item
         * @description Needs the x-csrf-token header. The request body is the file itself, with its Content-Type (one of image/jpeg, image/png, image/webp, image/gif, video/mp4, video/webm), at most 52428800 bytes (VIGIE_MEDIA_MAX_BYTES). Optional header x-file-name: the original file name, encodeURIComponent-encoded (kept without folder, at most 200 characters). The bytes must match the type (identified by their structure; images are decoded, at most 100 megapixels; an MP4 or WebM must be a sound container with a movie header and tracks). Images get a PDQ hash and a blurred greyscale preview. Files are examined in worker threads, a bounded number at a time (VIGIE_MEDIA_WORKERS, VIGIE_MEDIA_QUEUE). The file is stored encrypted. Refused, like assessing, while someone else holds the claim on the item. Errors: 413 media.too_large, 415 media.unsupported_type, 400 media.invalid, 404 item.not_found, 409 media.duplicate, 409 item.claimed (details.claim names the holder), 503 media.busy with Retry-After: 10 when too many files wait to be examined.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The file itself. */
            requestBody: {
                content: {
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                    "video/webm": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added_at: string;
                            added_by: {
                                display_name: string;
                                id: string;
                            } | null;
                            byte_size: number;
                            capture_id: string | null;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "video/mp4" | "video/webm" | "text/html" | "application/xhtml+xml";
                            content_url: string;
                            file_name: string | null;
                            height: number | null;
                            id: string;
                            item_id: string;
                            /** @enum {string} */
                            kind: "image" | "video" | "page" | "screenshot";
                            md5: string;
                            /** @enum {string} */
                            origin: "upload" | "capture";
                            original_erased_at: string | null;
                            pdq: string | null;
                            pdq_quality: number | null;
                            preview_url: string | null;
                            sha256: string;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The item’s removal monitoring: where it stands, its checks and events (newest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no notice about the item has left yet */
                            monitoring: {
                                /** @description Someone asked for a check now; it runs within the minute */
                                check_requested: boolean;
                                checks: {
                                    body_sha256: string | null;
                                    /** @description ISO 8601 */
                                    checked_at: string;
                                    duration_ms: number;
                                    final_url: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    outcome: "online" | "removed" | "inconclusive";
                                    pdq: string | null;
                                    /** @description Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code */
                                    reason: string;
                                    /** @description Who asked for it ("check now"); null for a scheduled check */
                                    requested_by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    status: number | null;
                                }[];
                                /** @description Recorded removed by a person rather than by the checks */
                                closed_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                escalated_at: string | null;
                                events: {
                                    /** @description monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested */
                                    action: string;
                                    /** @description ISO 8601 */
                                    at: string;
                                    /** @description null: the system */
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description When its first notice left: time to removal starts here */
                                first_notice_at: string;
                                first_removed_at: string | null;
                                /** @description From the first notice to the first confirmed removal */
                                hours_to_removal: number | null;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                notices: {
                                    /** @description From this notice leaving to the first removal */
                                    hours_to_removal: number | null;
                                    notice_id: string;
                                    purpose: string;
                                    recipient_kind: string;
                                    /** @description ISO 8601 */
                                    sent_at: string;
                                }[];
                                paused: {
                                    /** @description ISO 8601 */
                                    at: string;
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                reappearances: number;
                                reappeared_at: string | null;
                                reminders_sent: number;
                                /** @description When the content was found gone (null unless removed) */
                                removed_at: string | null;
                                /** @enum {string} */
                                state: "watching" | "paused" | "removed";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/monitoring/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check now (within the minute)
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no notice about the item has left yet */
                            monitoring: {
                                /** @description Someone asked for a check now; it runs within the minute */
                                check_requested: boolean;
                                checks: {
                                    body_sha256: string | null;
                                    /** @description ISO 8601 */
                                    checked_at: string;
                                    duration_ms: number;
                                    final_url: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    outcome: "online" | "removed" | "inconclusive";
                                    pdq: string | null;
                                    /** @description Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code */
                                    reason: string;
                                    /** @description Who asked for it ("check now"); null for a scheduled check */
                                    requested_by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    status: number | null;
                                }[];
                                /** @description Recorded removed by a person rather than by the checks */
                                closed_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                escalated_at: string | null;
                                events: {
                                    /** @description monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested */
                                    action: string;
                                    /** @description ISO 8601 */
                                    at: string;
                                    /** @description null: the system */
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description When its first notice left: time to removal starts here */
                                first_notice_at: string;
                                first_removed_at: string | null;
                                /** @description From the first notice to the first confirmed removal */
                                hours_to_removal: number | null;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                notices: {
                                    /** @description From this notice leaving to the first removal */
                                    hours_to_removal: number | null;
                                    notice_id: string;
                                    purpose: string;
                                    recipient_kind: string;
                                    /** @description ISO 8601 */
                                    sent_at: string;
                                }[];
                                paused: {
                                    /** @description ISO 8601 */
                                    at: string;
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                reappearances: number;
                                reappeared_at: string | null;
                                reminders_sent: number;
                                /** @description When the content was found gone (null unless removed) */
                                removed_at: string | null;
                                /** @enum {string} */
                                state: "watching" | "paused" | "removed";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/monitoring/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop checking a watched item for now, with the reason
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no notice about the item has left yet */
                            monitoring: {
                                /** @description Someone asked for a check now; it runs within the minute */
                                check_requested: boolean;
                                checks: {
                                    body_sha256: string | null;
                                    /** @description ISO 8601 */
                                    checked_at: string;
                                    duration_ms: number;
                                    final_url: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    outcome: "online" | "removed" | "inconclusive";
                                    pdq: string | null;
                                    /** @description Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code */
                                    reason: string;
                                    /** @description Who asked for it ("check now"); null for a scheduled check */
                                    requested_by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    status: number | null;
                                }[];
                                /** @description Recorded removed by a person rather than by the checks */
                                closed_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                escalated_at: string | null;
                                events: {
                                    /** @description monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested */
                                    action: string;
                                    /** @description ISO 8601 */
                                    at: string;
                                    /** @description null: the system */
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description When its first notice left: time to removal starts here */
                                first_notice_at: string;
                                first_removed_at: string | null;
                                /** @description From the first notice to the first confirmed removal */
                                hours_to_removal: number | null;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                notices: {
                                    /** @description From this notice leaving to the first removal */
                                    hours_to_removal: number | null;
                                    notice_id: string;
                                    purpose: string;
                                    recipient_kind: string;
                                    /** @description ISO 8601 */
                                    sent_at: string;
                                }[];
                                paused: {
                                    /** @description ISO 8601 */
                                    at: string;
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                reappearances: number;
                                reappeared_at: string | null;
                                reminders_sent: number;
                                /** @description When the content was found gone (null unless removed) */
                                removed_at: string | null;
                                /** @enum {string} */
                                state: "watching" | "paused" | "removed";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/monitoring/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the content as removed, seen by a person (it is still checked for a return)
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How the removal was seen (e.g. the host’s answer) */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no notice about the item has left yet */
                            monitoring: {
                                /** @description Someone asked for a check now; it runs within the minute */
                                check_requested: boolean;
                                checks: {
                                    body_sha256: string | null;
                                    /** @description ISO 8601 */
                                    checked_at: string;
                                    duration_ms: number;
                                    final_url: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    outcome: "online" | "removed" | "inconclusive";
                                    pdq: string | null;
                                    /** @description Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code */
                                    reason: string;
                                    /** @description Who asked for it ("check now"); null for a scheduled check */
                                    requested_by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    status: number | null;
                                }[];
                                /** @description Recorded removed by a person rather than by the checks */
                                closed_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                escalated_at: string | null;
                                events: {
                                    /** @description monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested */
                                    action: string;
                                    /** @description ISO 8601 */
                                    at: string;
                                    /** @description null: the system */
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description When its first notice left: time to removal starts here */
                                first_notice_at: string;
                                first_removed_at: string | null;
                                /** @description From the first notice to the first confirmed removal */
                                hours_to_removal: number | null;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                notices: {
                                    /** @description From this notice leaving to the first removal */
                                    hours_to_removal: number | null;
                                    notice_id: string;
                                    purpose: string;
                                    recipient_kind: string;
                                    /** @description ISO 8601 */
                                    sent_at: string;
                                }[];
                                paused: {
                                    /** @description ISO 8601 */
                                    at: string;
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                reappearances: number;
                                reappeared_at: string | null;
                                reminders_sent: number;
                                /** @description When the content was found gone (null unless removed) */
                                removed_at: string | null;
                                /** @enum {string} */
                                state: "watching" | "paused" | "removed";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/monitoring/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a paused item again
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no notice about the item has left yet */
                            monitoring: {
                                /** @description Someone asked for a check now; it runs within the minute */
                                check_requested: boolean;
                                checks: {
                                    body_sha256: string | null;
                                    /** @description ISO 8601 */
                                    checked_at: string;
                                    duration_ms: number;
                                    final_url: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    outcome: "online" | "removed" | "inconclusive";
                                    pdq: string | null;
                                    /** @description Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code */
                                    reason: string;
                                    /** @description Who asked for it ("check now"); null for a scheduled check */
                                    requested_by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    status: number | null;
                                }[];
                                /** @description Recorded removed by a person rather than by the checks */
                                closed_by: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                escalated_at: string | null;
                                events: {
                                    /** @description monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested */
                                    action: string;
                                    /** @description ISO 8601 */
                                    at: string;
                                    /** @description null: the system */
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description When its first notice left: time to removal starts here */
                                first_notice_at: string;
                                first_removed_at: string | null;
                                /** @description From the first notice to the first confirmed removal */
                                hours_to_removal: number | null;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                notices: {
                                    /** @description From this notice leaving to the first removal */
                                    hours_to_removal: number | null;
                                    notice_id: string;
                                    purpose: string;
                                    recipient_kind: string;
                                    /** @description ISO 8601 */
                                    sent_at: string;
                                }[];
                                paused: {
                                    /** @description ISO 8601 */
                                    at: string;
                                    by: {
                                        display_name: string;
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                reappearances: number;
                                reappeared_at: string | null;
                                reminders_sent: number;
                                /** @description When the content was found gone (null unless removed) */
                                removed_at: string | null;
                                /** @enum {string} */
                                state: "watching" | "paused" | "removed";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notices about an item, newest first, with their state, recipient, dates and replies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notices: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an item to an analyst or supervisor, or free it
         * @description Needs the x-csrf-token header. `staff_id: null` releases whoever holds the claim.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        staff_id: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claim: {
                                display_name: string;
                                expires_at: string;
                                staff_id: string;
                            } | null;
                            item_id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give up my claim on an item
         * @description Needs the x-csrf-token header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claim: {
                                display_name: string;
                                expires_at: string;
                                staff_id: string;
                            } | null;
                            item_id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/items/{item_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the reporter can be told about an item now: its public status and the templates that fit
         * @description A template is offered once the verdict is final and it tells one of the item’s outcomes; otherwise `unfit` says why (verdict_not_final, no_notice_sent, not_removed_yet, other_outcome).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            item_id: string;
                            /** @description Every outcome true for the item */
                            outcomes: ("not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed")[];
                            /** @description The reports whose reporter sent this address (not those it was derived for): they can be told */
                            reported_in: string[];
                            /**
                             * @description What the reporter’s status page says of this address
                             * @enum {string}
                             */
                            status: "received" | "under_review" | "not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed";
                            templates: {
                                id: string;
                                offered: boolean;
                                /** @description Why it is not offered: verdict not final, no notice sent, no removal recorded, another outcome */
                                unfit: ("verdict_not_final" | "no_notice_sent" | "not_removed_yet" | "other_outcome") | null;
                            }[];
                            /** @description The item has a counting verdict (four eyes done) */
                            verdict_final: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My display preferences (the queue’s density) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            queue_density: "comfortable" | "compact";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        /**
         * Change my display preferences
         * @description Needs the x-csrf-token header. Preferences not named keep their value.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        queue_density?: "comfortable" | "compact";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            queue_density: "comfortable" | "compact";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an evidence file from its item (supervisor)
         * @description Needs the x-csrf-token header. Audited (media.deleted). The stored file is erased unless the same file is still attached to another item.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The original file (for <img>/<video> in the staff app, behind a deliberate reveal)
         * @description The stored bytes with their content type, never cached, sandboxed and same-origin only. A single Range (bytes=a-b, bytes=a-, bytes=-n) gets 206 so videos can seek; several ranges or a malformed one get the whole file (200); a range past the end (or bytes=-0) gets 416 and no bytes. Every answer that delivers bytes of the original, whatever its Range, is audited as a viewing (media.viewed) unless the same person's viewing of this media began less than 5 minutes ago (a player’s follow-up ranges are the same viewing); a 416 or a HEAD request is not. A captured page (text/html, application/xhtml+xml) is sent as text/plain: its source, never rendered. An original erased under its category’s retention rule (or never kept) answers 410 media.original_erased.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A small, heavily blurred, greyscale JPEG of an image, safe to show by default
         * @description image/jpeg, at most 480 px on its long side. Videos have none: 404 media.no_preview.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is overdue, by host and country, with time to removal; worst offenders first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Online this long after the first notice counts as overdue (default 72 h) */
                    overdue_after_hours?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            all: {
                                median_hours: number | null;
                                /** @description Items with a notice that left */
                                notified: number;
                                /** @description Of which the removal is confirmed (and not back since) */
                                removed: number;
                                still_online: number;
                                within_7d: number;
                                /** @description Share of notified items removed within 24 h of the first notice, 0..1 */
                                within_24h: number;
                                within_72h: number;
                            };
                            by_country: {
                                country: string;
                                median_hours: number | null;
                                /** @description Items with a notice that left */
                                notified: number;
                                /** @description Of which the removal is confirmed (and not back since) */
                                removed: number;
                                still_online: number;
                                within_7d: number;
                                /** @description Share of notified items removed within 24 h of the first notice, 0..1 */
                                within_24h: number;
                                within_72h: number;
                            }[];
                            by_host: {
                                host: string;
                                median_hours: number | null;
                                /** @description Items with a notice that left */
                                notified: number;
                                overdue: number;
                                /** @description Of which the removal is confirmed (and not back since) */
                                removed: number;
                                still_online: number;
                                within_7d: number;
                                /** @description Share of notified items removed within 24 h of the first notice, 0..1 */
                                within_24h: number;
                                within_72h: number;
                            }[];
                            counts: {
                                overdue: number;
                                paused: number;
                                removed: number;
                                watching: number;
                            };
                            overdue: {
                                category: string | null;
                                country: string | null;
                                escalated_at: string | null;
                                /** @description ISO 8601 */
                                first_notice_at: string;
                                /** @description The network operator of the latest hosting record */
                                host: string | null;
                                hours_online: number;
                                item_id: string;
                                last_check_at: string | null;
                                last_outcome: ("online" | "removed" | "inconclusive") | null;
                                next_check_at: string | null;
                                reminders_sent: number;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices, newest first, by state and recipient kind (the liaison officer’s list) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                    limit?: number;
                    state?: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                            notices: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice, with its text, XARF reports, items, delivery and replies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The recipient confirmed receipt of a sent notice
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposed notice: it is composed, frozen and queued (e-mail: in the outbox)
         * @description Needs the x-csrf-token header. Audited. Optionally with an edited subject, text or address. A notice is approved once: again is 409 notice.not_proposed. An e-mail notice without a valid address is 400 notice.no_address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Another address for the recipient (an e-mail address for the email channel) */
                        address?: string;
                        /** @description Edited text; else composed */
                        body_text?: string;
                        /** @description Edited subject; else composed */
                        subject?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/mark-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a web-form, API or portal-batch notice was sent by hand
         * @description Needs the x-csrf-token header. Audited. E-mail notices are recorded by the outbox (409 notice.sent_by_outbox).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what came back: a reply, a bounce (a sent notice then fails), an acknowledgement of receipt
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reply" | "bounce" | "acknowledgement";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an approved notice before it leaves (its queued e-mail is cancelled)
         * @description Needs the x-csrf-token header. Audited. Only a queued notice whose e-mail has not left: else 409 notice.not_queued.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/withhold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide not to send a proposed notice, with the reason
         * @description Needs the x-csrf-token header. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                acknowledged_at: string | null;
                                approved: {
                                    at: string;
                                    /** @description null: approved by the system (an automatic rule) */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                                automatic: boolean;
                                /** @description A draft while proposed; the text sent once queued */
                                body_text: string;
                                created_at: string;
                                /** @description The outbox message of an e-mail notice, once queued */
                                delivery: {
                                    attempts: number;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    /** @enum {string} */
                                    state: "queued" | "sent" | "failed" | "cancelled";
                                } | null;
                                /** @description The notice a reminder, reappearance or escalation follows */
                                follows_notice_id: string | null;
                                /** Format: uuid */
                                id: string;
                                items: {
                                    /** Format: uuid */
                                    assessment_id: string;
                                    hosting_record_id: string | null;
                                    /** Format: uuid */
                                    item_id: string;
                                    url: string;
                                }[];
                                /** @description It does not leave before this time (the rule’s delay) */
                                not_before: string;
                                /**
                                 * @description notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring
                                 * @enum {string}
                                 */
                                purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                recipient: {
                                    address: string | null;
                                    /** @enum {string} */
                                    channel: "email" | "web_form" | "api" | "portal_batch";
                                    /** @enum {string} */
                                    kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                    /** @enum {string} */
                                    language: "fr" | "en";
                                    name: string | null;
                                    source: string;
                                };
                                replies: {
                                    added_at: string;
                                    added_by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reply" | "bounce" | "acknowledgement";
                                    text: string;
                                }[];
                                rule_id: string;
                                /** @description What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has */
                                rule_label: {
                                    en: string;
                                    fr: string;
                                } | null;
                                sent_at: string | null;
                                /** @enum {string} */
                                state: "proposed" | "queued" | "sent" | "acknowledged" | "failed" | "withheld" | "withdrawn";
                                subject: string;
                                updated_at: string;
                                withheld: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                    reason: string;
                                } | null;
                                /** @description The XARF v4 reports (one per item of a child-abuse category), once queued; null: none */
                                xarf: {
                                    [key: string]: unknown;
                                }[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the background jobs and the mail outbox are doing, and what needs a person
         * @description A queue or the outbox is "stalled" when work has waited more than 15 minutes: no process runs jobs (VIGIE_JOBS=on), or it is stuck. Counts and times only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked_at: string;
                            jobs: {
                                queues: {
                                    active: number;
                                    failed_24h: number;
                                    last_completed_at: string | null;
                                    last_error: string | null;
                                    last_failed_at: string | null;
                                    name: string;
                                    oldest_waiting_at: string | null;
                                    schedule: string | null;
                                    /** @enum {string} */
                                    status: "ok" | "warning";
                                    waiting: number;
                                }[];
                                runs_here: boolean;
                            };
                            outbox: {
                                due: number;
                                failed_7d: number;
                                last_error: string | null;
                                last_sent_at: string | null;
                                oldest_queued_at: string | null;
                                queued: number;
                                retrying: number;
                                sent_24h: number;
                                smtp_configured: boolean;
                                /** @enum {string} */
                                status: "ok" | "warning";
                            };
                            problems: {
                                /** @enum {string} */
                                code: "jobs.not_installed" | "jobs.stalled" | "jobs.failed" | "outbox.no_smtp" | "outbox.stalled" | "outbox.retrying" | "outbox.failed";
                                queues?: string[];
                            }[];
                            /** @enum {string} */
                            status: "ok" | "warning";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner hotlines abroad, by country (the active one first) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 country code, e.g. DE */
                    country?: string;
                    /** @description Words found in the name, the address, the website or the notes */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hotlines: {
                                active: boolean;
                                address: string | null;
                                /** @enum {string} */
                                channel: "web_form" | "email" | "api";
                                checked_on: string | null;
                                country: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                name: string;
                                notes: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown or seeded */
                                updated_by: string | null;
                                website: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a partner hotline
         * @description Needs the x-csrf-token header. A second active hotline for a country is refused (409 partner.country_taken); so is the hotline's own country (400 partner.own_country).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The hotline routing uses for its country (one per country)
                         * @default true
                         */
                        active?: boolean;
                        /** @description E-mail address (channel email) or https URL; null: none on record, the liaison officer sends by hand */
                        address?: string | null;
                        /** @enum {string} */
                        channel: "web_form" | "email" | "api";
                        /** @description When staff last confirmed the contact */
                        checked_on?: string | null;
                        /** @description ISO 3166-1 alpha-2 country code, e.g. DE */
                        country: string;
                        /**
                         * @description The language notices to this hotline are written in
                         * @default en
                         * @enum {string}
                         */
                        language?: "fr" | "en";
                        name: string;
                        notes?: string | null;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hotline: {
                                active: boolean;
                                address: string | null;
                                /** @enum {string} */
                                channel: "web_form" | "email" | "api";
                                checked_on: string | null;
                                country: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                name: string;
                                notes: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown or seeded */
                                updated_by: string | null;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a partner hotline with the one given (active: false deactivates it)
         * @description Needs the x-csrf-token header. A second active hotline for a country is refused (409 partner.country_taken); so is the hotline's own country (400 partner.own_country).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The hotline routing uses for its country (one per country)
                         * @default true
                         */
                        active?: boolean;
                        /** @description E-mail address (channel email) or https URL; null: none on record, the liaison officer sends by hand */
                        address?: string | null;
                        /** @enum {string} */
                        channel: "web_form" | "email" | "api";
                        /** @description When staff last confirmed the contact */
                        checked_on?: string | null;
                        /** @description ISO 3166-1 alpha-2 country code, e.g. DE */
                        country: string;
                        /**
                         * @description The language notices to this hotline are written in
                         * @default en
                         * @enum {string}
                         */
                        language?: "fr" | "en";
                        name: string;
                        notes?: string | null;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hotline: {
                                active: boolean;
                                address: string | null;
                                /** @enum {string} */
                                channel: "web_form" | "email" | "api";
                                checked_on: string | null;
                                country: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                name: string;
                                notes: string | null;
                                updated_at: string;
                                /** @description Display name of who last changed it; null if unknown or seeded */
                                updated_by: string | null;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a partner hotline
         * @description Needs the x-csrf-token header.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/police-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The police portal’s transmission batches, newest first, with their counts and state */
        get: {
            parameters: {
                query?: {
                    /** @description Only the batches of this local date */
                    date?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batches: {
                                /** @description The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Rows of its export when prepared (one per item of each notice) */
                                item_count: number;
                                notice_count: number;
                                /** @description 1 for the first batch of its date, then 2, 3… */
                                number: number;
                                prepared: {
                                    at: string;
                                    /** @description null: the daily job */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                };
                                /** @enum {string} */
                                state: "prepared" | "transmitted";
                                transmitted: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Gather the queued police portal notices no batch holds yet into a new batch, now
         * @description Needs the x-csrf-token header. Audited. 201 with the batch; 200 with batch null when none was waiting (no empty batch).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no queued police portal notice was waiting */
                            batch: {
                                /** @description The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Rows of its export when prepared (one per item of each notice) */
                                item_count: number;
                                notice_count: number;
                                /** @description 1 for the first batch of its date, then 2, 3… */
                                number: number;
                                prepared: {
                                    at: string;
                                    /** @description null: the daily job */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                };
                                /** @enum {string} */
                                state: "prepared" | "transmitted";
                                transmitted: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: no queued police portal notice was waiting */
                            batch: {
                                /** @description The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Rows of its export when prepared (one per item of each notice) */
                                item_count: number;
                                notice_count: number;
                                /** @description 1 for the first batch of its date, then 2, 3… */
                                number: number;
                                prepared: {
                                    at: string;
                                    /** @description null: the daily job */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                };
                                /** @enum {string} */
                                state: "prepared" | "transmitted";
                                transmitted: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/police-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One batch with its rows (one per item), in the portal’s field order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                /** @description The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Rows of its export when prepared (one per item of each notice) */
                                item_count: number;
                                notice_count: number;
                                /** @description 1 for the first batch of its date, then 2, 3… */
                                number: number;
                                prepared: {
                                    at: string;
                                    /** @description null: the daily job */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                };
                                /** @enum {string} */
                                state: "prepared" | "transmitted";
                                transmitted: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                            };
                            /** @description The columns, in the portal’s order (the jurisdiction pack) */
                            fields: {
                                /** @description The column’s header, in the pack’s language */
                                header: string;
                                /** @enum {string} */
                                id: "notice_id" | "item_id" | "found_at" | "url" | "category" | "legal_bases" | "hosting_country" | "ip_addresses" | "network" | "sha256" | "md5" | "analyst_note" | "contact";
                            }[];
                            /** @description The police portal (the pack’s name for it) */
                            portal: string;
                            /** @description One per item of each notice, keyed by field id, in the fields’ order; null: nothing known */
                            rows: {
                                [key: string]: string | null;
                            }[];
                            /** @description The time zone of found_at and of the batch date */
                            time_zone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/police-batches/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a batch as CSV, one row per item, in the portal’s field order
         * @description RFC 4180, UTF-8 with a byte order mark, headers in the pack’s language; a cell that a spreadsheet would run as a formula starts with a single quote. Never cached. Audited (police_batch.exported).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/police-batches/{id}/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a batch as JSON, one row per item, in the portal’s field order
         * @description The batch, its fields and its rows (as GET /api/police-batches/:id), as a file. Never cached. Audited (police_batch.exported).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/police-batches/{id}/transmitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the liaison officer handed the batch to the portal: its notices are sent now
         * @description Needs the x-csrf-token header. Audited. Once: again is 409 police_batch.already_transmitted.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                /** @description The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Rows of its export when prepared (one per item of each notice) */
                                item_count: number;
                                notice_count: number;
                                /** @description 1 for the first batch of its date, then 2, 3… */
                                number: number;
                                prepared: {
                                    at: string;
                                    /** @description null: the daily job */
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                };
                                /** @enum {string} */
                                state: "prepared" | "transmitted";
                                transmitted: {
                                    at: string;
                                    by: {
                                        display_name: string;
                                        /** Format: uuid */
                                        id: string;
                                    } | null;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/qualification/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories, legal bases, verdicts, detail fields and four-eyes rules of the jurisdiction pack */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                assess_within_hours: number;
                                detail_fields: {
                                    id: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    options: {
                                        id: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                    }[];
                                    required: boolean;
                                }[];
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                legal_bases: {
                                    code: string;
                                    reference: string;
                                    title: {
                                        en: string;
                                        fr: string;
                                    };
                                }[];
                                severity: number;
                            }[];
                            categories_other: {
                                assess_within_hours: number;
                                detail_fields: {
                                    id: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    options: {
                                        id: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                    }[];
                                    required: boolean;
                                }[];
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                legal_bases: {
                                    code: string;
                                    reference: string;
                                    title: {
                                        en: string;
                                        fr: string;
                                    };
                                }[];
                                severity: number;
                            };
                            country: string;
                            four_eyes: {
                                severities: number[];
                                /** @enum {string} */
                                verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                            }[];
                            jurisdiction: string;
                            verdicts: {
                                /** @enum {string} */
                                id: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @description This verdict must answer the category’s required detail fields */
                                needs_details: boolean;
                                /** @description This verdict must name at least one legal basis */
                                needs_legal_basis: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items waiting for assessment, most urgent first; or every item a search finds
         * @description Open items (new, awaiting a second analyst, disputed) ordered by priority, then service-target deadline (due_at), then id. Filters combine; `view` applies a saved view whose filters the other parameters override. Page with `cursor` = the previous page’s next_cursor. `q` searches items in every state (closed ones too, unless `state` says otherwise), read in this order: a tracking code (VG-XXXX-XXXX: that report’s items), an http(s) address (that item, normalised like reported addresses), 64 hex digits (the SHA-256 of a stored medium, else a PDQ hash: pictures within `distance` bits, 31 by default), 32 hex digits (an MD5), a domain (items on it and its subdomains), else 3 characters or more of an address. `search` in the answer says which it was. 400 queue.search_too_short, queue.search_invalid_url, queue.search_distance_without_hash.
         */
        get: {
            parameters: {
                query?: {
                    category?: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                    channel?: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                    claim?: "free" | "mine" | "others";
                    cursor?: string;
                    distance?: number;
                    hosted?: "in_country" | "abroad" | "unknown";
                    hosting_country?: string;
                    lang?: "fr" | "en";
                    language?: "fr" | "en";
                    limit?: number;
                    max_age_hours?: number;
                    min_age_hours?: number;
                    origin?: "reported" | "derived";
                    q?: string;
                    sort?: "due" | "received" | "reports" | "category";
                    state?: "new" | "awaiting_second" | "disputed" | "assessed";
                    view?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                /** @enum {string} */
                                channel: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                claim: {
                                    display_name: string;
                                    expires_at: string;
                                    staff_id: string;
                                } | null;
                                due_at: string;
                                first_reported_at: string;
                                hash_hits: number;
                                hosting_country: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                /** @enum {string} */
                                origin: "reported" | "derived";
                                overdue: boolean;
                                priority: number;
                                report_count: number;
                                severity: number;
                                /** @enum {string} */
                                state: "new" | "awaiting_second" | "disputed" | "assessed";
                                trusted: boolean;
                                url: string;
                                verdict: ("illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable") | null;
                                version: number;
                            }[];
                            next_cursor: string | null;
                            search: {
                                assessed: number | null;
                                distance: number | null;
                                /** @enum {string} */
                                kind: "tracking_code" | "url" | "sha256" | "pdq" | "md5" | "domain" | "text";
                                value: string;
                            } | null;
                            total: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand several items to an analyst or supervisor
         * @description Needs the x-csrf-token header. Each item is handled on its own, as the single action would: one refusal does not undo the others. 200 with one result per item, in the order given.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        item_ids: string[];
                        /** Format: uuid */
                        staff_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                /** @enum {string} */
                                outcome: "done" | "refused";
                                reason: {
                                    code: string;
                                    details?: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/bulk/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim several items
         * @description Needs the x-csrf-token header. Each item is handled on its own, as the single action would: one refusal does not undo the others. 200 with one result per item, in the order given. Items someone else holds are refused (item.claimed, with the holder).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        item_ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                /** @enum {string} */
                                outcome: "done" | "refused";
                                reason: {
                                    code: string;
                                    details?: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/bulk/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close several items with one verdict (out of scope, unreachable, not illegal)
         * @description Needs the x-csrf-token header. Each item is handled on its own, as the single action would: one refusal does not undo the others. 200 with one result per item, in the order given. Each item gets an assessment in its working category, through the normal path: the four-eyes rules of the jurisdiction pack apply (the item then waits for a second analyst, reason assessment.awaiting_second), items changed since they were shown are refused (item.version_conflict).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                        }[];
                        notes?: string;
                        /** @enum {string} */
                        verdict: "out_of_scope" | "unreachable" | "not_illegal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                /** @enum {string} */
                                outcome: "done" | "refused";
                                reason: {
                                    code: string;
                                    details?: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/bulk/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark several items as duplicates of another; they take its final verdict
         * @description Needs the x-csrf-token header. Each item is handled on its own, as the single action would: one refusal does not undo the others. 200 with one result per item, in the order given. Each item is marked as a duplicate of `duplicate_of` and gets an assessment with that item’s final qualification, through the normal path (four-eyes rules apply). 404 duplicate.original_not_found; 409 duplicate.original_not_final when that item has no final verdict yet (nothing is changed).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        duplicate_of: string;
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                /** @enum {string} */
                                outcome: "done" | "refused";
                                reason: {
                                    code: string;
                                    details?: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved queue views */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            views: {
                                created_at: string;
                                filters: {
                                    /** @enum {string} */
                                    category?: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                                    /** @enum {string} */
                                    channel?: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                    /** @enum {string} */
                                    claim?: "free" | "mine" | "others";
                                    /** @enum {string} */
                                    hosted?: "in_country" | "abroad" | "unknown";
                                    hosting_country?: string;
                                    /** @enum {string} */
                                    language?: "fr" | "en";
                                    max_age_hours?: number;
                                    min_age_hours?: number;
                                    /** @enum {string} */
                                    origin?: "reported" | "derived";
                                    /** @enum {string} */
                                    state?: "new" | "awaiting_second" | "disputed";
                                };
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a named set of queue filters
         * @description Needs the x-csrf-token header. Names are unique per person (queue_view.name_taken).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filters: {
                            /** @enum {string} */
                            category?: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                            /** @enum {string} */
                            channel?: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                            /** @enum {string} */
                            claim?: "free" | "mine" | "others";
                            /** @enum {string} */
                            hosted?: "in_country" | "abroad" | "unknown";
                            hosting_country?: string;
                            /** @enum {string} */
                            language?: "fr" | "en";
                            max_age_hours?: number;
                            min_age_hours?: number;
                            /** @enum {string} */
                            origin?: "reported" | "derived";
                            /** @enum {string} */
                            state?: "new" | "awaiting_second" | "disputed";
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            view: {
                                created_at: string;
                                filters: {
                                    /** @enum {string} */
                                    category?: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                                    /** @enum {string} */
                                    channel?: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                    /** @enum {string} */
                                    claim?: "free" | "mine" | "others";
                                    /** @enum {string} */
                                    hosted?: "in_country" | "abroad" | "unknown";
                                    hosting_country?: string;
                                    /** @enum {string} */
                                    language?: "fr" | "en";
                                    max_age_hours?: number;
                                    min_age_hours?: number;
                                    /** @enum {string} */
                                    origin?: "reported" | "derived";
                                    /** @enum {string} */
                                    state?: "new" | "awaiting_second" | "disputed";
                                };
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of my saved views
         * @description Needs the x-csrf-token header.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report content anonymously
         * @description Returns a tracking code and a secret, shown once. The report is stored before this answers. No IP address is stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "child_sexual_abuse_material" | "grooming" | "sextortion_of_minors" | "corruption_of_minors" | "terrorism" | "bomb_making" | "incitement_to_suicide" | "non_consensual_intimate_images" | "hate_racial_religious" | "hate_sex_gender_disability" | "crimes_against_humanity_apology" | "harmful_to_minors" | "pimping" | "sexual_harassment" | "other";
                        /** Format: email */
                        contact_email?: string;
                        description?: string;
                        /**
                         * @default fr
                         * @enum {string}
                         */
                        language?: "fr" | "en";
                        urls: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            status_url: string;
                            tracking_code: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{report_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages sent to the reporter of a report, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    report_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                edited: boolean;
                                /**
                                 * @description Whether the message also went by e-mail: none (no address), queued, sent, failed, cancelled (the address was erased before it could go)
                                 * @enum {string}
                                 */
                                email: "none" | "queued" | "sent" | "failed" | "cancelled";
                                /** Format: uuid */
                                id: string;
                                /** @description The address it is about; null for messages sent before messages were per item */
                                item_id: string | null;
                                /** @description The address’s status when it was sent */
                                item_status: ("received" | "under_review" | "not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed") | null;
                                /** @enum {string} */
                                language: "fr" | "en";
                                message: string;
                                /** @enum {string} */
                                public_status: "received" | "under_analysis" | "forwarded" | "content_removed" | "closed";
                                sent_at: string;
                                /** @description Display name of the staff member, null if the account is gone */
                                sent_by: string | null;
                                template_id: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Send the reporter a message about one address they reported: shown on their tracking page, e-mailed if they left an address
         * @description Needs the x-csrf-token header. The item must be one the reporter sent (feedback.item_not_reported), its verdict final (409 feedback.verdict_not_final), and the template one that tells its outcome (409 feedback.template_does_not_fit). The message carries the item’s derived status. It is written in the report’s language unless `language` is given, and may not quote a reported address (feedback.contains_reported_url).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    report_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The reported address the message is about
                         */
                        item_id: string;
                        /**
                         * @description Language of the message; by default the language the reporter used
                         * @enum {string}
                         */
                        language?: "fr" | "en";
                        /** @description The edited text; without it the template’s text in the chosen language is sent */
                        message?: string;
                        template_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email_queued: boolean;
                            message: {
                                edited: boolean;
                                /**
                                 * @description Whether the message also went by e-mail: none (no address), queued, sent, failed, cancelled (the address was erased before it could go)
                                 * @enum {string}
                                 */
                                email: "none" | "queued" | "sent" | "failed" | "cancelled";
                                /** Format: uuid */
                                id: string;
                                /** @description The address it is about; null for messages sent before messages were per item */
                                item_id: string | null;
                                /** @description The address’s status when it was sent */
                                item_status: ("received" | "under_review" | "not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed") | null;
                                /** @enum {string} */
                                language: "fr" | "en";
                                message: string;
                                /** @enum {string} */
                                public_status: "received" | "under_analysis" | "forwarded" | "content_removed" | "closed";
                                sent_at: string;
                                /** @description Display name of the staff member, null if the account is gone */
                                sent_by: string | null;
                                template_id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{tracking_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a report stands
         * @description Needs the secret given at submission. An unknown code and a wrong secret give the same 404.
         */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-report-secret": string;
                };
                path: {
                    tracking_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each address the reporter sent; addresses analysts found from them are not listed */
                            addresses: {
                                /** @description The latest message from the team about this address */
                                message: string | null;
                                /** @description Its place in the report, from 1 (the address itself is not repeated) */
                                number: number;
                                /** @enum {string} */
                                status: "received" | "under_review" | "not_illegal" | "out_of_scope" | "unreachable" | "transmitted_to_police" | "removal_requested" | "removed";
                            }[];
                            /** @description The category the reporter chose (an id of the jurisdiction pack, or "other") */
                            category: string;
                            /** @description Addresses with a final outcome */
                            handled: number;
                            /** @description A message about the whole report (sent before messages were per address) */
                            message: string | null;
                            received_at: string;
                            /**
                             * @description A summary of the addresses’ statuses
                             * @enum {string}
                             */
                            status: "received" | "under_analysis" | "forwarded" | "content_removed" | "closed";
                            /** @description Addresses the reporter sent */
                            total: number;
                            tracking_code: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every staff account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                created_at: string;
                                disabled: boolean;
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                last_login_at: string | null;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                                totp_enabled: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a staff account; returns the one-time setup link (valid 72 hours)
         * @description Needs the x-csrf-token header. Give the setup link to the person over a trusted channel.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        display_name: string;
                        email: string;
                        /**
                         * @default fr
                         * @enum {string}
                         */
                        language?: "fr" | "en";
                        /** @enum {string} */
                        role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setup_url: string;
                            staff: {
                                created_at: string;
                                disabled: boolean;
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                last_login_at: string | null;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                                totp_enabled: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a role, a name, or disable/enable an account
         * @description Needs the x-csrf-token header. Disabling ends the person’s sessions. You cannot demote or disable yourself (staff.self_lockout), nor the last active admin (staff.last_admin).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        display_name?: string;
                        /** @enum {string} */
                        role?: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                created_at: string;
                                disabled: boolean;
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                language: "fr" | "en";
                                last_login_at: string | null;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                                totp_enabled: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/staff/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset password and TOTP; returns a new one-time setup link
         * @description Needs the x-csrf-token header. Also ends the account’s sessions.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setup_url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people an item can be handed to
         * @description Active analysts and supervisors whose account is set up, sorted by name: what POST /api/items/:id/reassign accepts. Names and roles only, no e-mail addresses.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                display_name: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every figure of the annual report, for a year or a period, optionally for some categories
         * @description Without year, from and to: the current year. Item figures come from a summary refreshed every few minutes (refreshed_at says when); POST /api/stats/refresh brings it up to date.
         */
        get: {
            parameters: {
                query?: {
                    /** @description category ids of the pack, comma-separated; all when absent */
                    category?: string;
                    /** @description first local date (with to, instead of year) */
                    from?: string;
                    /** @description last local date, included */
                    to?: string;
                    /** @description a calendar year (local time) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backlog: {
                                by_state: {
                                    items: number;
                                    /** @enum {string} */
                                    state: "new" | "awaiting_second" | "disputed" | "assessed";
                                }[];
                                oldest_open_days: number | null;
                                open_at_period_end: number;
                                open_now: number;
                            };
                            by_category: {
                                /** @description items qualified in this category (any verdict) */
                                assessed: number;
                                category: string;
                                /** @description of which derived items */
                                derived_illegal: number;
                                /** @description items qualified illegal (or harmful to minors) in this category */
                                illegal: number;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @description illegal / all illegal items */
                                share: number | null;
                            }[];
                            by_channel: {
                                /** @enum {string} */
                                channel: "web_form" | "api" | "partner_hotline" | "hash_list" | "staff";
                                reports: number;
                                share: number | null;
                            }[];
                            by_month: {
                                illegal_items: number;
                                items: number;
                                /** @description YYYY-MM */
                                month: string;
                                reports: number;
                                /** @description against the same month a year earlier */
                                reports_change: number | null;
                            }[];
                            by_reporter_kind: {
                                /** @enum {string} */
                                reporter_kind: "public" | "trusted_flagger" | "partner_hotline" | "staff";
                                reports: number;
                                share: number | null;
                            }[];
                            by_year: {
                                change: number | null;
                                reports: number;
                                year: number;
                            }[];
                            /** @description the category filter; empty for all */
                            categories: string[];
                            dsa: {
                                by_action: {
                                    /** @enum {string} */
                                    action: "removed" | "not_removed" | "not_followed";
                                    items: number;
                                    share: number | null;
                                }[];
                                by_content_type: {
                                    /** @enum {string} */
                                    dsa_category: "ANIMAL_WELFARE" | "CONSUMER_INFORMATION" | "CYBER_VIOLENCE" | "CYBER_VIOLENCE_AGAINST_WOMEN" | "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS" | "ILLEGAL_OR_HARMFUL_SPEECH" | "INTELLECTUAL_PROPERTY_INFRINGEMENTS" | "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS" | "NOT_SPECIFIED_NOTICE" | "OTHER_VIOLATION_TC" | "PROTECTION_OF_MINORS" | "RISK_FOR_PUBLIC_SECURITY" | "SCAMS_AND_FRAUD" | "SELF_HARM" | "UNSAFE_AND_PROHIBITED_PRODUCTS" | "VIOLENCE";
                                    items: number;
                                    notices: number;
                                    removed: number;
                                }[];
                                by_provider: {
                                    items: number;
                                    median_hours: number | null;
                                    notices: number;
                                    provider: string;
                                    removed: number;
                                }[];
                                items: number;
                                median_hours: number | null;
                                /** @description EU DSA Art. 16 notices (to hosts and platforms) that left in the period */
                                notices: number;
                            };
                            generated_at: string;
                            hate_grounds: {
                                ground: string | null;
                                items: number;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                share: number | null;
                            }[];
                            host_notices: {
                                by_purpose: {
                                    notices: number;
                                    /** @enum {string} */
                                    purpose: "notice" | "reminder" | "reappeared" | "escalation";
                                }[];
                                by_recipient_kind: {
                                    items: number;
                                    notices: number;
                                    /** @enum {string} */
                                    recipient_kind: "host" | "platform" | "registrar" | "police_portal" | "partner_hotline" | "police_liaison";
                                }[];
                                items: number;
                                notices: number;
                            };
                            hosting_countries: {
                                /** @description illegal items by hosting country, most first */
                                all: {
                                    /** @description ISO 3166-1 alpha-2; null when unknown */
                                    country: string | null;
                                    /** @description the country is in Europe (for the European ranking) */
                                    europe: boolean;
                                    items: number;
                                    share: number | null;
                                }[];
                                child_abuse_material: {
                                    /** @description ISO 3166-1 alpha-2; null when unknown */
                                    country: string | null;
                                    /** @description the country is in Europe (for the European ranking) */
                                    europe: boolean;
                                    items: number;
                                    share: number | null;
                                }[];
                            };
                            illegality_rate: {
                                assessed: number;
                                by_verdict: {
                                    items: number;
                                    share: number | null;
                                    /** @enum {string} */
                                    verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                                }[];
                                illegal: number;
                                /** @description illegal / assessed, reported items only */
                                rate: number | null;
                            };
                            partner_forwards: {
                                by_country: {
                                    /** @description ISO 3166-1 alpha-2; null when unknown */
                                    country: string | null;
                                    items: number;
                                }[];
                                items: number;
                                notices: number;
                            };
                            period: {
                                /** @description first local date, YYYY-MM-DD */
                                from: string;
                                time_zone: string;
                                /** @description last local date, included */
                                to: string;
                                year: number | null;
                            };
                            police_transmissions: {
                                /** @description the pack's country */
                                country: string;
                                hosted_in_country: number;
                                items: number;
                                notices: number;
                                share_in_country: number | null;
                            };
                            /** @description when the item facts were last refreshed */
                            refreshed_at: string | null;
                            removal: {
                                by_category: {
                                    category: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description median time from first notice to removal, removed items only */
                                    median_hours: number | null;
                                    /** @description items whose first notice left in the period */
                                    notified: number;
                                    /** @description removed / notified */
                                    rate: number | null;
                                    /** @description of which found gone since */
                                    removed: number;
                                    still_online: number;
                                    within_7d: number | null;
                                    /** @description share of notified items removed within 24 hours of the first notice */
                                    within_24h: number | null;
                                    within_72h: number | null;
                                }[];
                                /** @description median time from first notice to removal, removed items only */
                                median_hours: number | null;
                                /** @description items whose first notice left in the period */
                                notified: number;
                                /** @description removed / notified */
                                rate: number | null;
                                /** @description of which found gone since */
                                removed: number;
                                still_online: number;
                                within_7d: number | null;
                                /** @description share of notified items removed within 24 hours of the first notice */
                                within_24h: number | null;
                                within_72h: number | null;
                            };
                            service_types: {
                                items: number;
                                /** @enum {string} */
                                service_type: "platform" | "behind_cdn" | "hosted_site" | "unknown";
                                share: number | null;
                            }[];
                            terrorism: {
                                pending: number;
                                qualified_illegal: number;
                                reported: number;
                            };
                            tlds: {
                                items: number;
                                share: number | null;
                                /** @description null: an IP address */
                                tld: string | null;
                            }[];
                            totals: {
                                /** @description items of the period with a verdict that counts */
                                assessed_items: number;
                                derived_items: number;
                                illegal_items: number;
                                /** @description reported + derived items that came in during the period */
                                items: number;
                                previous_period: {
                                    from: string;
                                    reports: number;
                                    to: string;
                                };
                                reported_items: number;
                                reports: number;
                                reports_change: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each figure counts, in French and English */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            definitions: {
                                /** @enum {string} */
                                key: "report" | "item" | "derived_item" | "period" | "illegal" | "illegality_rate" | "notice" | "police_transmission" | "removal" | "hosting_country" | "service_type" | "backlog" | "dsa" | "small_counts";
                                term: {
                                    en: string;
                                    fr: string;
                                };
                                text: {
                                    en: string;
                                    fr: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the item figures now (they are otherwise refreshed every few minutes)
         * @description Needs the x-csrf-token header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                            duration_ms: number;
                            refreshed_at: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backlog, service-target breaches, throughput, disagreements and claims */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backlog: {
                                /** @enum {string} */
                                age_band: "under_24h" | "1_to_3_days" | "3_to_7_days" | "over_7_days";
                                category: string;
                                items: number;
                            }[];
                            breaches: {
                                by_category: {
                                    category: string;
                                    items: number;
                                }[];
                                oldest: {
                                    category: string;
                                    claim: {
                                        display_name: string;
                                        expires_at: string;
                                        staff_id: string;
                                    } | null;
                                    due_at: string;
                                    id: string;
                                    /** @enum {string} */
                                    state: "new" | "awaiting_second" | "disputed" | "assessed";
                                    url: string;
                                }[];
                            };
                            claims: {
                                display_name: string;
                                items: number;
                                staff_id: string;
                            }[];
                            disagreements: {
                                last_30_days: number;
                                waiting: {
                                    analyst: string;
                                    assessment_id: string;
                                    category: string;
                                    disputed_at: string;
                                    item_id: string;
                                    second_analyst: string;
                                    second_notes: string | null;
                                    /** @enum {string} */
                                    verdict: "illegal" | "harmful_to_minors" | "not_illegal" | "out_of_scope" | "unreachable";
                                }[];
                            };
                            generated_at: string;
                            throughput: {
                                assessments: number;
                                day: string;
                                final_verdicts: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wellbeing/exposure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record time spent with media revealed (sent when it is blurred again)
         * @description Needs the x-csrf-token header. Returns my figures, so the UI can suggest a break.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        item_id?: string;
                        /**
                         * Format: uuid
                         * @description Made by the app for each record: a record sent again with the same id counts once
                         */
                        record_id?: string;
                        /** @description Time the media stayed revealed, sent when it is blurred again */
                        seconds: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            break: {
                                /** @description Exposure since the last pause of at least break.pause_minutes */
                                continuous_seconds: number;
                                due: boolean;
                                pause_minutes: number;
                                threshold_minutes: number;
                            };
                            /** @description Today and the six days before, oldest first, zeros included */
                            last_7_days: {
                                /** @description UTC day, YYYY-MM-DD */
                                date: string;
                                seconds: number;
                            }[];
                            /** @description Whether supervisors see my individual figures */
                            sharing: boolean;
                            today: {
                                /** @description UTC day, YYYY-MM-DD */
                                date: string;
                                reveals: number;
                                seconds: number;
                            };
                            week_seconds: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wellbeing/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My exposure today and over seven days, whether a break is due, whether I share */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            break: {
                                /** @description Exposure since the last pause of at least break.pause_minutes */
                                continuous_seconds: number;
                                due: boolean;
                                pause_minutes: number;
                                threshold_minutes: number;
                            };
                            /** @description Today and the six days before, oldest first, zeros included */
                            last_7_days: {
                                /** @description UTC day, YYYY-MM-DD */
                                date: string;
                                seconds: number;
                            }[];
                            /** @description Whether supervisors see my individual figures */
                            sharing: boolean;
                            today: {
                                /** @description UTC day, YYYY-MM-DD */
                                date: string;
                                reveals: number;
                                seconds: number;
                            };
                            week_seconds: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wellbeing/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose whether supervisors see my individual exposure figures
         * @description Needs the x-csrf-token header. Audited.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        share: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            share: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wellbeing/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team load; individual figures only for staff who share theirs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Active analyst accounts */
                            analysts: number;
                            last_7_days: {
                                /** @description All staff together */
                                exposure_seconds: number;
                                /** @description Distinct items with an assessment recorded in the period */
                                items_assessed: number;
                            };
                            /** @description Only staff who chose to share their figures */
                            members: {
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "analyst" | "liaison_officer" | "auditor";
                                /** Format: uuid */
                                staff_id: string;
                                today_seconds: number;
                                week_seconds: number;
                            }[];
                            /** @description Staff with exposure this week who do not share theirs */
                            not_sharing: number;
                            today: {
                                /** @description All staff together */
                                exposure_seconds: number;
                                /** @description Distinct items with an assessment recorded in the period */
                                items_assessed: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
