/** The signing secret and token lifetime, resolved once at start (see main.ts). */
export class AuthSecrets {
  constructor(
    readonly jwtSecret: string,
    readonly expiresIn: string,
  ) {}
}
