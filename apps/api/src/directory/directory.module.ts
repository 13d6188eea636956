import { Module } from '@nestjs/common';
import { UserDirectory } from './user-directory.service.js';
import { UsersController } from './users.controller.js';

/** The built-in user directory and its admin screens' API. */
@Module({ controllers: [UsersController], providers: [UserDirectory], exports: [UserDirectory] })
export class DirectoryModule {}
