import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/permission.decorator';
import { invalid } from '../common/validation';
import { type CachedBody, DirectoryService } from './directory.service';

/** Which CSA offers which agency's procedures: public, read-only, cached. */
@ApiTags('Público: directorio de CSA')
@Controller('public/centers')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Public()
  @Get()
  async centers(@Query('q') q: unknown, @Req() req: Request, @Res() res: Response) {
    if (q !== undefined && typeof q !== 'string') throw invalid({ q: 'Debe ser texto' });
    if (typeof q === 'string' && q.length > 100) throw invalid({ q: 'Admite como máximo 100 caracteres' });
    send(req, res, await this.directory.centersBody(q));
  }

  /** The same directory as Open Referral HSDS 3.0 JSON. */
  @Public()
  @Get('hsds')
  async hsds(@Req() req: Request, @Res() res: Response) {
    send(req, res, await this.directory.hsdsBody());
  }
}

/**
 * Writes the prebuilt bytes straight to the socket: no serialization, no compression per request
 * (a set Content-Encoding makes the compression middleware pass the answer through).
 */
function send(req: Request, res: Response, cached: CachedBody): void {
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('ETag', cached.etag);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === cached.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const accepted = req.headers['accept-encoding'] ?? '';
  const [encoding, body] = /\bbr\b/.test(accepted) ? ['br', cached.br] : /\bgzip\b/.test(accepted) ? ['gzip', cached.gzip] : [undefined, cached.body];
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
