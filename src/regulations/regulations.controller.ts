import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateArticleDto, UpdateArticleDto } from './dto/article.dto';
import { CreateRegulationDto, UpdateRegulationDto } from './dto/regulation.dto';
import { RegulationsService } from './regulations.service';

@ApiTags('Reglamento')
@ApiBearerAuth()
@Controller('regulations')
export class RegulationsController {
  constructor(private readonly regulations: RegulationsService) {}

  @Get()
  @Permission('regulations', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'regulations', await this.regulations.listRegulations(parseListParams(query)));
  }

  @Get(':id')
  @Permission('regulations', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.regulations.getRegulation(id);
  }

  @Post()
  @Permission('regulations', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRegulationDto) {
    return this.regulations.createRegulation(actor, dto);
  }

  @Put(':id')
  @Permission('regulations', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateRegulationDto) {
    return this.regulations.updateRegulation(actor, id, dto);
  }

  @Delete(':id')
  @Permission('regulations', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.regulations.removeRegulation(actor, id);
  }
}

@ApiTags('Reglamento')
@ApiBearerAuth()
@Controller('articles')
export class ArticlesController {
  constructor(private readonly regulations: RegulationsService) {}

  @Get()
  @Permission('articles', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'articles', await this.regulations.listArticles(parseListParams(query)));
  }

  @Get(':id')
  @Permission('articles', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.regulations.getArticle(id);
  }

  @Post()
  @Permission('articles', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateArticleDto) {
    return this.regulations.createArticle(actor, dto);
  }

  @Put(':id')
  @Permission('articles', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateArticleDto) {
    return this.regulations.updateArticle(actor, id, dto);
  }

  @Delete(':id')
  @Permission('articles', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.regulations.removeArticle(actor, id);
  }
}
