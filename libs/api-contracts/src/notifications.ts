import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

export class WebhookEndpointRequest {
  @ApiProperty({
    example: 'https://agency.example/nrm-webhook',
    description: 'http(s) URL that receives notifications',
  })
  @MaxLength(2000)
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'url must be an http or https URL' })
  url!: string;
}
